namespace Cxone.Emulator;

/// <summary>The <c>--state</c> file cannot be used: damaged, foreign, locked by another emulator, or unwritable.</summary>
public sealed class EmulatorStateException : Exception
{
    /// <summary>Creates the exception with a message that says what is wrong and how to fix it.</summary>
    public EmulatorStateException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public EmulatorStateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public EmulatorStateException()
        : base("The emulator state file cannot be used.")
    {
    }
}

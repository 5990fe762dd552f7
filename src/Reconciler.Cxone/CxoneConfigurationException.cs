namespace Reconciler.Cxone;

/// <summary>
/// The CXone target is configured wrongly (for example only some <c>CXONE_*</c> variables are set).
/// The message says what is wrong and how to fix it, and never contains the secret.
/// </summary>
public sealed class CxoneConfigurationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CxoneConfigurationException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong and how to fix it.</param>
    public CxoneConfigurationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What is wrong and how to fix it.</param>
    /// <param name="innerException">The cause.</param>
    public CxoneConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

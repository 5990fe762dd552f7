namespace Reconciler.Preview.Browser;

/// <summary>Chromium is not installed where the preview looks for it.</summary>
public sealed class ChromiumNotFoundException : Exception
{
    public ChromiumNotFoundException(string message) : base(message)
    {
    }

    public ChromiumNotFoundException()
    {
    }

    public ChromiumNotFoundException(string message, Exception inner) : base(message, inner)
    {
    }
}

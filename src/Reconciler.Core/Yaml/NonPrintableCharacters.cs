namespace Reconciler.Core.Yaml;

/// <summary>
/// YAML 1.2 (§5.1) allows in a stream only printable characters: no C0 controls but tab and line
/// breaks, no DEL, no C1 controls but NEL, no U+FFFE or U+FFFF. YamlDotNet accepts them anyway, so
/// a raw ESC or BEL pasted into a message would otherwise reach CXone (and every terminal that
/// prints the template) unnoticed. NUL never gets here: the decoder already calls the file binary.
/// </summary>
internal static class NonPrintableCharacters
{
    /// <summary>The index of the first character YAML does not allow, or -1.</summary>
    public static int IndexOfFirst(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsForbidden(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>How to name the character for a person: its code point and, for the common ones, its name.</summary>
    public static string Describe(char c) => c switch
    {
        '\u001b' => "U+001B (ESC, the start of terminal escape sequences)",
        '\u0007' => "U+0007 (BEL)",
        '\b' => "U+0008 (backspace)",
        '\v' => "U+000B (vertical tab)",
        '\f' => "U+000C (form feed)",
        '\u007f' => "U+007F (DEL)",
        _ => $"U+{(int)c:X4}",
    };

    private static bool IsForbidden(char c) => c switch
    {
        '\t' or '\n' or '\r' => false,
        < ' ' => true,
        '\u007f' => true,
        >= '\u0080' and <= '\u009f' => c != '\u0085',
        '\ufffe' or '\uffff' => true,
        _ => false,
    };
}

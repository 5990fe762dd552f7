namespace Reconciler.Cxone.Http;

/// <summary>
/// One API call: method, path and query. <see cref="ToString"/> gives what users and logs see —
/// method and path only, because query values are caller data that may be sensitive.
/// </summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Path relative to the base URL, without a leading slash; segments already escaped.</param>
/// <param name="Query">Query string without <c>?</c>, or null.</param>
internal sealed record ApiCall(HttpMethod Method, string Path, string? Query = null)
{
    public Uri RelativeUri => new(Query is null ? Path : $"{Path}?{Query}", UriKind.Relative);

    public override string ToString() => $"{Method.Method} /{Path}";

    public static ApiCall Get(string path, string? query = null) => new(HttpMethod.Get, path, query);

    public static ApiCall Post(string path) => new(HttpMethod.Post, path);

    public static ApiCall Put(string path) => new(HttpMethod.Put, path);

    /// <summary>Escapes one path segment (ids come from user content).</summary>
    public static string Segment(string value) => Uri.EscapeDataString(value);
}

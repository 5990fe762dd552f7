namespace Reconciler.Cxone.Http;

/// <summary>Reads a successful answer's whole body; throws <see cref="System.Text.Json.JsonException"/> for one it cannot read.</summary>
/// <typeparam name="T">What the body holds.</typeparam>
internal delegate T BodyParser<out T>(ReadOnlySpan<byte> body);

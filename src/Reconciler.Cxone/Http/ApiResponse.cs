using System.Net;

namespace Reconciler.Cxone.Http;

/// <summary>An answer after retries: its status and buffered body.</summary>
internal sealed record ApiResponse(ApiCall Call, HttpStatusCode StatusCode, byte[] Body, int Attempts)
{
    public bool IsSuccess => (int)StatusCode is >= 200 and <= 299;
}

using System.Text.Json.Serialization;

namespace Reconciler.Cxone.Jobs;

/// <summary>State of an asynchronous template job.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<JobState>))]
public enum JobState
{
    /// <summary>Waiting to run.</summary>
    [JsonStringEnumMemberName("QUEUED")]
    Queued,

    /// <summary>Running.</summary>
    [JsonStringEnumMemberName("RUNNING")]
    Running,

    /// <summary>Done; the version exists.</summary>
    [JsonStringEnumMemberName("COMPLETED")]
    Completed,

    /// <summary>Failed; the version was not created.</summary>
    [JsonStringEnumMemberName("FAILED")]
    Failed,
}

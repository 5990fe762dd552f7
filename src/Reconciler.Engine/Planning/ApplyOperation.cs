namespace Reconciler.Engine.Planning;

/// <summary>What apply sends to CXone for one applicable change. The concrete kinds live beside the applier.</summary>
public abstract record ApplyOperation;

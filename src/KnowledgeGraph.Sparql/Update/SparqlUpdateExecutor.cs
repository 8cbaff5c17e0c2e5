using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Sparql.Syntax;

namespace KnowledgeGraph.Sparql.Update;

/// <summary>
/// Runs SPARQL 1.1 Update requests (<see href="https://www.w3.org/TR/sparql11-update/">SPARQL 1.1 Update</see>) against
/// a quad store. A request is one transaction: its operations run in order, each seeing the effects of the ones
/// before, and either all of them are committed or, on a failure, a timeout or cancellation, none.
/// </summary>
public sealed class SparqlUpdateExecutor
{
    /// <summary>Creates an executor with the given options (default: <see cref="SparqlUpdateOptions.Default"/>).</summary>
    public SparqlUpdateExecutor(SparqlUpdateOptions? options = null)
    {
        Options = options ?? SparqlUpdateOptions.Default;
    }

    /// <summary>The options.</summary>
    public SparqlUpdateOptions Options { get; }

    /// <summary>Runs the request in a transaction of its own and commits it when every operation succeeded.</summary>
    /// <exception cref="SparqlUpdateException">An operation failed; the store is unchanged.</exception>
    /// <exception cref="OperationCanceledException">Cancelled or timed out; the store is unchanged.</exception>
    public void Execute(SparqlUpdate update, IQuadStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        ArgumentNullException.ThrowIfNull(store);
        using IQuadTransaction transaction = store.BeginTransaction(cancellationToken);
        Execute(update, transaction, cancellationToken);
        transaction.Commit();
    }

    /// <summary>
    /// Runs the request inside a transaction the caller owns and neither commits nor rolls back: on an exception the
    /// transaction holds partial changes and the caller should dispose it uncommitted.
    /// </summary>
    public void Execute(SparqlUpdate update, IQuadTransaction transaction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        ArgumentNullException.ThrowIfNull(transaction);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (Options.Timeout is { } timeout)
        {
            cts.CancelAfter(timeout);
        }

        var run = new UpdateRun(transaction, Options, update.Text, cts.Token);
        foreach (UpdateOperation operation in update.Operations)
        {
            cts.Token.ThrowIfCancellationRequested();
            run.Execute(operation);
        }
    }
}

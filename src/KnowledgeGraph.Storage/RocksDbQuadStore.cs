using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Storage.Indexing;
using KnowledgeGraph.Storage.OnDisk;
using KnowledgeGraph.Storage.OnDisk.Native;

namespace KnowledgeGraph.Storage;

/// <summary>
/// A dictionary-encoded quad store on RocksDB: terms in two dictionary column families, quads in six index column
/// families (SPOG, POSG, OSPG, GSPO, GPOS, GOSP) of 16-byte big-endian keys, so every pattern is one range scan.
/// </summary>
/// <remarks>
/// A transaction gathers its changes in one write batch and commits it atomically (synced to disk unless
/// <see cref="QuadStoreOptions.SyncCommits"/> is off); an exception or a killed process before that leaves the last
/// committed state. A large bulk batch of <see cref="QuadStoreLoader"/> writes its index and dictionary entries into
/// SST files instead and commits by writing its write batch together with a record naming the files (always synced:
/// the commit point), then ingesting the files; snapshots are not opened in between, and a store opened after a
/// crash between the two finishes the ingestion and deletes files no record names. Snapshots are RocksDB snapshots:
/// readers never block the writer (only wait while a bulk commit ingests its files). One transaction writes at a
/// time. The store records its format version and refuses to open a store of another version, and records whether
/// its default graph is the union of all graphs (<see cref="RecordedUnionDefaultGraph"/>).
/// <see cref="IQuadSnapshot.EstimateCount"/> is exact up to about a thousand quads and estimated from the index's
/// sizes beyond. Readers share in-memory caches of decoded terms, of term ids and of small index key groups (a
/// lookup that binds two or more leading ids of an index is then answered without a RocksDB seek; the group cache is
/// renewed at every commit), and each snapshot reuses one RocksDB iterator per index and open scan. Dispose
/// snapshots before the store.
/// </remarks>
public sealed class RocksDbQuadStore : IQuadStore
{
    private const int IdCacheLimit = 1 << 20;

    private static readonly WriteOptionsHandle s_synced = new(sync: true);

    // Reads of the latest state (outside any snapshot): the store's settings when it opens.
    private static readonly ReadOptionsHandle s_latest = new();

    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly ColumnFamilyHandle[] _families;
    private readonly ColumnFamilyHandle[] _indexes;
    private readonly WriteOptionsHandle _writeOptions;
    private readonly Dictionary<Term, long> _ids = [];
    private readonly System.Collections.Concurrent.ConcurrentDictionary<RocksDbReader, byte> _readers = new();
    private readonly Lock _visibility = new();
    private readonly Dictionary<string, OptionsHandle> _familyOptions;
    private bool _disposed;
    private string? _broken;
    private bool _recordedUnion;
    private KeyGroupCache? _groups = new();

    private RocksDbQuadStore(DatabaseHandle db, ColumnFamilyHandle[] families, string directory, QuadStoreOptions options, Dictionary<string, OptionsHandle> familyOptions)
    {
        _familyOptions = familyOptions;
        _families = families;
        Db = db;
        Directory = directory;
        Options = options;
        Meta = Family(families, StoreLayout.Meta);
        IdToTerm = Family(families, StoreLayout.IdToTerm);
        TermToId = Family(families, StoreLayout.TermToId);
        Statistics = Family(families, StoreLayout.Statistics);
        Graphs = Family(families, StoreLayout.Graphs);
        _indexes = [.. StoreLayout.IndexNames.Select(name => Family(families, name))];
        _recordedUnion = db.Get(s_latest, Meta, StoreLayout.UnionDefaultGraphKey) is [1];
        _writeOptions = new WriteOptionsHandle(options.SyncCommits);
    }

    /// <summary>The directory the store lives in.</summary>
    public string Directory { get; }

    /// <summary>The options the store was opened with.</summary>
    public QuadStoreOptions Options { get; }

    /// <summary>
    /// Whether snapshots and transactions of this session treat the default graph as the union of all graphs:
    /// <see cref="QuadStoreOptions.UnionDefaultGraph"/> when given, else <see cref="RecordedUnionDefaultGraph"/>.
    /// </summary>
    public bool UnionDefaultGraph => Options.UnionDefaultGraph ?? RecordedUnionDefaultGraph;

    /// <summary>
    /// The default-graph setting recorded in the store: set when the store was created (from
    /// <see cref="QuadStoreOptions.UnionDefaultGraph"/>), changed by <see cref="RecordUnionDefaultGraph"/>; false for
    /// a store that recorded none.
    /// </summary>
    public bool RecordedUnionDefaultGraph
    {
        get => Volatile.Read(ref _recordedUnion);
        private set => Volatile.Write(ref _recordedUnion, value);
    }

    internal DatabaseHandle Db { get; }

    internal ColumnFamilyHandle Meta { get; }

    internal ColumnFamilyHandle IdToTerm { get; }

    internal ColumnFamilyHandle TermToId { get; }

    internal ColumnFamilyHandle Statistics { get; }

    internal ColumnFamilyHandle Graphs { get; }

    /// <summary>Decoded committed terms by id.</summary>
    internal DirectMappedCache<long, Term> Terms { get; } = new(slotBits: 18);

    /// <summary>
    /// Committed term ids by term; a reader still checks that an id is below its snapshot's next id (the term may be
    /// newer than the snapshot).
    /// </summary>
    internal DirectMappedCache<Term, long> Ids { get; } = new(slotBits: 16);

    /// <summary>
    /// The cache of small index key groups for readers of the committed state; a new one after every commit, and
    /// null while a commit writes (a reader takes it only when it is the same before and after taking its snapshot).
    /// </summary>
    internal KeyGroupCache? Groups => Volatile.Read(ref _groups);

    /// <summary>The options of one of the store's column families, which SST files written for it use too.</summary>
    internal OptionsHandle OptionsOf(string family) => _familyOptions[family];

    internal EnvOptionsHandle EnvOptions { get; } = new();

    /// <summary>
    /// The smallest bulk batch (in quads) written as SST files and ingested; smaller ones go through the write-ahead
    /// log, which costs less than creating, syncing and later compacting eight small files.
    /// </summary>
    internal int MinimumIngestBatch { get; set; } = 10_000;

    /// <summary>A fault-injection point for tests: runs after a bulk commit's record is written, before its files are ingested.</summary>
    internal Action? BeforeIngest { get; set; }

    /// <summary>Where bulk batches write their SST files before they are ingested.</summary>
    internal string BulkDirectory => Path.Combine(Directory, StoreLayout.BulkDirectory);

    /// <summary>Opens the store in a directory, creating it when the directory holds none.</summary>
    /// <exception cref="InvalidDataException">The directory holds another kind of database, or a store of another format version.</exception>
    public static RocksDbQuadStore Open(string directory, QuadStoreOptions options)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentNullException.ThrowIfNull(options);
        string path = Path.GetFullPath(directory);
        System.IO.Directory.CreateDirectory(path);

        using OptionsHandle dbOptions = new OptionsHandle()
            .SetCreateIfMissing(true)
            .SetCreateMissingColumnFamilies(true)
            .SetMaxBackgroundCompactions(2)
            .SetMaxBackgroundFlushes(1)
            .SetKeepLogFileNum(2)
            .SetInfoLogLevel(OptionsHandle.WarnInfoLogLevel);

        bool exists = File.Exists(Path.Combine(path, "CURRENT"));
        string[] ours = [StoreLayout.Meta, StoreLayout.IdToTerm, StoreLayout.TermToId, StoreLayout.Statistics, StoreLayout.Graphs, .. StoreLayout.IndexNames];

        // Every family of the database must be opened: "default" and any not ours with default options, ours with theirs.
        using var defaults = new OptionsHandle();
        var families = new List<(string Name, OptionsHandle Options)> { ("default", defaults) };
        if (exists)
        {
            string[] present = DatabaseHandle.ListColumnFamilies(dbOptions, path);
            if (!present.Contains(StoreLayout.Meta))
            {
                throw new InvalidDataException($"{path} holds a RocksDB database that is not a KnowledgeGraph quad store (it has no '{StoreLayout.Meta}' column family).");
            }

            foreach (string other in present.Except(ours).Where(n => n != "default"))
            {
                families.Add((other, defaults));
            }
        }

        // Only SPOG (among the indexes) and the dictionary take point lookups, so only they carry Bloom filters.
        var familyOptions = ours.ToDictionary(
            name => name,
            name => FamilyOptions(isIndex: StoreLayout.IndexNames.Contains(name), pointLookups: !StoreLayout.IndexNames.Contains(name) || name == StoreLayout.IndexNames[(int)IndexOrder.Spog]));
        foreach (string name in ours)
        {
            families.Add((name, familyOptions[name]));
        }

        DatabaseHandle? db = null;
        ColumnFamilyHandle[] handles = [];
        try
        {
            (db, handles) = DatabaseHandle.Open(dbOptions, path, families);
            ColumnFamilyHandle meta = Family(handles, StoreLayout.Meta);
            CheckFormat(db, meta, path, exists, options);
            FinishBulkCommit(db, handles, path);
            return new RocksDbQuadStore(db, handles, path, options, familyOptions);
        }
        catch
        {
            foreach (ColumnFamilyHandle handle in handles)
            {
                handle.Dispose();
            }

            db?.Dispose();
            foreach (OptionsHandle family in familyOptions.Values)
            {
                family.Dispose();
            }

            throw;
        }
    }

    /// <inheritdoc/>
    public IQuadSnapshot OpenSnapshot()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ThrowIfBroken();
        return new RocksDbSnapshot(new RocksDbReader(this), UnionDefaultGraph);
    }

    /// <inheritdoc/>
    public IQuadTransaction BeginTransaction(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ThrowIfBroken();
        _writer.Wait(cancellationToken);
        if (_disposed)
        {
            _writer.Release();
            throw new ObjectDisposedException(nameof(RocksDbQuadStore));
        }

        try
        {
            return new RocksDbTransaction(this);
        }
        catch
        {
            _writer.Release();
            throw;
        }
    }

    /// <summary>
    /// Records the store's default-graph setting (durably), used by every later session opened without an explicit
    /// <see cref="QuadStoreOptions.UnionDefaultGraph"/>, and by this one from its next snapshot on if it was.
    /// </summary>
    public void RecordUnionDefaultGraph(bool union)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        Db.Put(s_synced, Meta, StoreLayout.UnionDefaultGraphKey, StoreLayout.Flag(union));
        RecordedUnionDefaultGraph = union;
    }

    /// <summary>Closes the store, after the open transaction (if any) ends.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _writer.Wait();
        _disposed = true;

        // Snapshots still open are released first; using them afterwards throws ObjectDisposedException.
        foreach (RocksDbReader reader in _readers.Keys)
        {
            reader.Dispose();
        }

        // The database closes when its last family handle is released (after any iterator still open).
        foreach (ColumnFamilyHandle family in _families)
        {
            family.Dispose();
        }

        Db.Dispose();
        _writeOptions.Dispose();
        EnvOptions.Dispose();
        foreach (OptionsHandle options in _familyOptions.Values)
        {
            options.Dispose();
        }

        _writer.Release();
    }

    internal void Register(RocksDbReader reader)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _readers.TryAdd(reader, 0);
    }

    internal void Unregister(RocksDbReader reader) => _readers.TryRemove(reader, out _);

    internal ColumnFamilyHandle Index(IndexOrder order) => _indexes[(int)order];

    /// <summary>Creates a RocksDB snapshot; never between the two steps of a bulk commit.</summary>
    internal SnapshotHandle CreateSnapshot()
    {
        lock (_visibility)
        {
            return Db.CreateSnapshot();
        }
    }

    /// <summary>
    /// Commits a transaction's write batch and, for a bulk batch, its SST files: the write batch goes first with a
    /// record naming the files (synced: it is the commit point), then each file is ingested into its index, then the
    /// record is removed. Snapshots are not taken in between, so none sees the batch's statistics without its quads.
    /// </summary>
    /// <remarks>Once the write batch is written, the files are the store's: the list is emptied.</remarks>
    internal void Commit(WriteBatchHandle batch, List<string> bulkFiles)
    {
        // Readers that open a snapshot from here on use no group cache until the new one is in place (a full fence:
        // no reader may see the batch and still the old cache).
        Interlocked.Exchange(ref _groups, null);
        try
        {
            CommitCore(batch, bulkFiles);
        }
        finally
        {
            Volatile.Write(ref _groups, new KeyGroupCache());
        }
    }

    private void CommitCore(WriteBatchHandle batch, List<string> bulkFiles)
    {
        if (bulkFiles.Count == 0)
        {
            Db.Write(_writeOptions, batch);
            return;
        }

        lock (_visibility)
        {
            string[] names = [.. bulkFiles.Select(f => Path.GetFileName(f))];
            batch.Put(Meta, StoreLayout.PendingIngestKey, StoreLayout.EncodeFileNames(names));
            Db.Write(s_synced, batch);
            bulkFiles.Clear();
            try
            {
                BeforeIngest?.Invoke();
                IngestFiles(Db, _families, BulkDirectory, names);
                Db.Delete(_writeOptions, Meta, StoreLayout.PendingIngestKey);
            }
            catch (IOException e)
            {
                _broken = $"A committed bulk batch could not be ingested ({e.Message}); open the store again to finish it.";
                throw new IOException(_broken, e);
            }
        }
    }

    internal void EndTransaction() => _writer.Release();

    // The writer's cache of committed term ids; only the one open transaction touches it.
    internal bool TryGetCachedId(Term term, out long id) => _ids.TryGetValue(term, out id);

    internal void CacheId(Term term, long id)
    {
        if (_ids.Count >= IdCacheLimit)
        {
            _ids.Clear();
        }

        _ids[term] = id;
    }

    /// <summary>The approximate bytes of two key ranges of an index (memtables included).</summary>
    internal (ulong First, ulong Second) ApproximateSizes(IndexOrder order, byte[] start1, byte[] limit1, byte[] start2, byte[] limit2) =>
        Db.ApproximateSizes(Index(order), start1, limit1, start2, limit2);

    private static ColumnFamilyHandle Family(ColumnFamilyHandle[] families, string name) =>
        Array.Find(families, f => f.Name == name) ?? throw new InvalidOperationException($"The store opened no column family '{name}'.");

    private static OptionsHandle FamilyOptions(bool isIndex, bool pointLookups)
    {
        using var table = new BlockBasedTableOptionsHandle()
            .SetBlockSize(16 * 1024)
            .SetFormatVersion(5);
        if (pointLookups)
        {
            table.SetBloomFilter(bitsPerKey: 10).SetWholeKeyFiltering(true);
        }

        OptionsHandle options = new OptionsHandle()
            .SetBlockBasedTableFactory(table)
            .SetCompression(OptionsHandle.Lz4Compression);
        if (isIndex)
        {
            options.SetWriteBufferSize(64UL << 20).SetMaxWriteBufferNumber(3);
        }

        return options;
    }

    /// <summary>
    /// Finishes a bulk commit a crash interrupted: ingests the files its record names that are still there (ingesting
    /// a file twice only writes the same keys again), removes the record, and deletes the files of batches that
    /// never committed.
    /// </summary>
    private static void FinishBulkCommit(DatabaseHandle db, ColumnFamilyHandle[] families, string path)
    {
        ColumnFamilyHandle meta = Family(families, StoreLayout.Meta);
        string bulk = Path.Combine(path, StoreLayout.BulkDirectory);
        if (db.Get(s_latest, meta, StoreLayout.PendingIngestKey) is { } pending)
        {
            IngestFiles(db, families, bulk, StoreLayout.DecodeFileNames(pending).Where(name => File.Exists(Path.Combine(bulk, name))));
            db.Delete(s_synced, meta, StoreLayout.PendingIngestKey);
        }

        if (System.IO.Directory.Exists(bulk))
        {
            foreach (string leftover in System.IO.Directory.EnumerateFiles(bulk))
            {
                File.Delete(leftover);
            }
        }
        else
        {
            System.IO.Directory.CreateDirectory(bulk);
        }
    }

    private static void IngestFiles(DatabaseHandle db, ColumnFamilyHandle[] families, string directory, IEnumerable<string> names)
    {
        using IngestOptionsHandle options = new IngestOptionsHandle().SetMoveFiles(true);
        foreach (string name in names)
        {
            string family = BulkFile.FamilyOf(name)
                ?? throw new InvalidDataException($"The store's pending bulk batch names a file '{name}' that is not one of its own; is the store damaged?");
            string file = Path.Combine(directory, name);
            db.IngestExternalFile(Family(families, family), file, options);
            File.Delete(file);
        }
    }

    private void ThrowIfBroken()
    {
        if (_broken is not null)
        {
            throw new IOException(_broken);
        }
    }

    private static void CheckFormat(DatabaseHandle db, ColumnFamilyHandle meta, string path, bool existed, QuadStoreOptions options)
    {
        byte[]? format = db.Get(s_latest, meta, StoreLayout.FormatKey);
        if (format is null)
        {
            if (existed && db.Get(s_latest, meta, StoreLayout.NextIdKey) is not null)
            {
                throw new InvalidDataException($"The store at {path} records no format version; it was not written by this program.");
            }

            // A new store: its format version and its default-graph setting.
            using var created = new WriteBatchHandle();
            created.Put(meta, StoreLayout.FormatKey, StoreLayout.Int32(StoreLayout.FormatVersion));
            created.Put(meta, StoreLayout.UnionDefaultGraphKey, StoreLayout.Flag(options.UnionDefaultGraph == true));
            db.Write(s_synced, created);
            return;
        }

        int version = format.Length == 4 ? System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(format) : -1;
        if (version != StoreLayout.FormatVersion)
        {
            throw new InvalidDataException(
                $"The store at {path} has format version {version}; this program reads version {StoreLayout.FormatVersion} only. Export it with the program that wrote it and load it again.");
        }
    }
}

using System.Runtime.InteropServices;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Storage.Indexing;
using KnowledgeGraph.Storage.OnDisk;
using RocksDbSharp;

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

    private static readonly WriteOptions s_synced = new WriteOptions().SetSync(true);

    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly ColumnFamilyHandle[] _indexes;
    private readonly WriteOptions _writeOptions;
    private readonly Dictionary<Term, long> _ids = [];
    private readonly System.Collections.Concurrent.ConcurrentDictionary<RocksDbReader, byte> _readers = new();
    private readonly Lock _visibility = new();
    private readonly Dictionary<string, ColumnFamilyOptions> _familyOptions;
    private bool _disposed;
    private string? _broken;
    private bool _recordedUnion;
    private KeyGroupCache? _groups = new();

    private RocksDbQuadStore(RocksDb db, string directory, QuadStoreOptions options, Dictionary<string, ColumnFamilyOptions> familyOptions)
    {
        _familyOptions = familyOptions;
        _recordedUnion = db.Get(StoreLayout.UnionDefaultGraphKey, db.GetColumnFamily(StoreLayout.Meta)) is [1];
        Db = db;
        Directory = directory;
        Options = options;
        Meta = db.GetColumnFamily(StoreLayout.Meta);
        IdToTerm = db.GetColumnFamily(StoreLayout.IdToTerm);
        TermToId = db.GetColumnFamily(StoreLayout.TermToId);
        Statistics = db.GetColumnFamily(StoreLayout.Statistics);
        Graphs = db.GetColumnFamily(StoreLayout.Graphs);
        _indexes = [.. StoreLayout.IndexNames.Select(db.GetColumnFamily)];
        _writeOptions = new WriteOptions().SetSync(options.SyncCommits);
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

    internal RocksDb Db { get; }

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
    internal ColumnFamilyOptions OptionsOf(string family) => _familyOptions[family];

    internal EnvOptions EnvOptions { get; } = new();

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

        DbOptions dbOptions = new DbOptions()
            .SetCreateIfMissing(true)
            .SetCreateMissingColumnFamilies(true)
            .SetMaxBackgroundCompactions(2)
            .SetMaxBackgroundFlushes(1)
            .SetKeepLogFileNum(2)
            .SetInfoLogLevel(InfoLogLevel.Warn);

        bool exists = File.Exists(Path.Combine(path, "CURRENT"));
        var families = new ColumnFamilies();
        string[] ours = [StoreLayout.Meta, StoreLayout.IdToTerm, StoreLayout.TermToId, StoreLayout.Statistics, StoreLayout.Graphs, .. StoreLayout.IndexNames];
        if (exists)
        {
            string[] present = RocksDb.ListColumnFamilies(dbOptions, path).ToArray();
            if (!present.Contains(StoreLayout.Meta))
            {
                throw new InvalidDataException($"{path} holds a RocksDB database that is not a KnowledgeGraph quad store (it has no '{StoreLayout.Meta}' column family).");
            }

            foreach (string other in present.Except(ours).Where(n => n != "default"))
            {
                families.Add(other, new ColumnFamilyOptions());
            }
        }

        // Only SPOG (among the indexes) and the dictionary take point lookups, so only they carry Bloom filters.
        var familyOptions = ours.ToDictionary(
            name => name,
            name => FamilyOptions(isIndex: StoreLayout.IndexNames.Contains(name), pointLookups: !StoreLayout.IndexNames.Contains(name) || name == StoreLayout.IndexNames[(int)IndexOrder.Spog]));
        foreach (string name in ours)
        {
            families.Add(name, familyOptions[name]);
        }

        RocksDb db = RocksDb.Open(dbOptions, path, families);
        try
        {
            CheckFormat(db, path, exists, options);
            FinishBulkCommit(db, path);
            return new RocksDbQuadStore(db, path, options, familyOptions);
        }
        catch
        {
            db.Dispose();
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
        Db.Put(StoreLayout.UnionDefaultGraphKey, StoreLayout.Flag(union), Meta, s_synced);
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

        Db.Dispose();
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
    internal Snapshot CreateSnapshot()
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
    internal void Commit(WriteBatch batch, List<string> bulkFiles)
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

    private void CommitCore(WriteBatch batch, List<string> bulkFiles)
    {
        if (bulkFiles.Count == 0)
        {
            Db.Write(batch, _writeOptions);
            return;
        }

        lock (_visibility)
        {
            string[] names = [.. bulkFiles.Select(f => Path.GetFileName(f))];
            batch.Put(StoreLayout.PendingIngestKey, StoreLayout.EncodeFileNames(names), Meta);
            Db.Write(batch, s_synced);
            bulkFiles.Clear();
            try
            {
                BeforeIngest?.Invoke();
                IngestFiles(Db, BulkDirectory, names);
                Db.Remove(StoreLayout.PendingIngestKey, Meta, _writeOptions);
            }
            catch (Exception e) when (e is RocksDbException or IOException)
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
    internal unsafe (ulong First, ulong Second) ApproximateSizes(IndexOrder order, byte[] start1, byte[] limit1, byte[] start2, byte[] limit2)
    {
        fixed (byte* s1 = start1, l1 = limit1, s2 = start2, l2 = limit2)
        {
            IntPtr* starts = stackalloc IntPtr[2] { (IntPtr)s1, (IntPtr)s2 };
            IntPtr* limits = stackalloc IntPtr[2] { (IntPtr)l1, (IntPtr)l2 };
            UIntPtr* startLengths = stackalloc UIntPtr[2] { (UIntPtr)start1.Length, (UIntPtr)start2.Length };
            UIntPtr* limitLengths = stackalloc UIntPtr[2] { (UIntPtr)limit1.Length, (UIntPtr)limit2.Length };
            ulong* sizes = stackalloc ulong[2];
            const byte includeMemtablesAndFiles = 3;
            Native.Instance.rocksdb_approximate_sizes_cf_with_flags(
                Db.Handle, Index(order).Handle, 2, (IntPtr)starts, (IntPtr)startLengths, (IntPtr)limits, (IntPtr)limitLengths,
                includeMemtablesAndFiles, (IntPtr)sizes, out IntPtr error);
            if (error != IntPtr.Zero)
            {
                string message = Marshal.PtrToStringAnsi(error) ?? "unknown error";
                Native.Instance.rocksdb_free(error);
                throw new IOException($"RocksDB could not estimate sizes: {message}");
            }

            return (sizes[0], sizes[1]);
        }
    }

    private static ColumnFamilyOptions FamilyOptions(bool isIndex, bool pointLookups)
    {
        var table = new BlockBasedTableOptions()
            .SetBlockSize(16 * 1024)
            .SetFormatVersion(5);
        if (pointLookups)
        {
            table.SetFilterPolicy(BloomFilterPolicy.Create(10, false)).SetWholeKeyFiltering(true);
        }

        var options = new ColumnFamilyOptions()
            .SetBlockBasedTableFactory(table)
            .SetCompression(Compression.Lz4);
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
    private static void FinishBulkCommit(RocksDb db, string path)
    {
        ColumnFamilyHandle meta = db.GetColumnFamily(StoreLayout.Meta);
        string bulk = Path.Combine(path, StoreLayout.BulkDirectory);
        if (db.Get(StoreLayout.PendingIngestKey, meta) is { } pending)
        {
            IngestFiles(db, bulk, StoreLayout.DecodeFileNames(pending).Where(name => File.Exists(Path.Combine(bulk, name))));
            db.Remove(StoreLayout.PendingIngestKey, meta, s_synced);
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

    private static void IngestFiles(RocksDb db, string directory, IEnumerable<string> names)
    {
        IngestExternalFileOptions options = new IngestExternalFileOptions().SetMoveFiles(true);
        foreach (string name in names)
        {
            string family = BulkFile.FamilyOf(name)
                ?? throw new InvalidDataException($"The store's pending bulk batch names a file '{name}' that is not one of its own; is the store damaged?");
            string file = Path.Combine(directory, name);
            db.IngestExternalFiles([file], options, db.GetColumnFamily(family));
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

    private static void CheckFormat(RocksDb db, string path, bool existed, QuadStoreOptions options)
    {
        ColumnFamilyHandle meta = db.GetColumnFamily(StoreLayout.Meta);
        byte[]? format = db.Get(StoreLayout.FormatKey, meta);
        if (format is null)
        {
            if (existed && db.Get(StoreLayout.NextIdKey, meta) is not null)
            {
                throw new InvalidDataException($"The store at {path} records no format version; it was not written by this program.");
            }

            // A new store: its format version and its default-graph setting.
            using var created = new WriteBatch();
            created.Put(StoreLayout.FormatKey, StoreLayout.Int32(StoreLayout.FormatVersion), meta);
            created.Put(StoreLayout.UnionDefaultGraphKey, StoreLayout.Flag(options.UnionDefaultGraph == true), meta);
            db.Write(created, s_synced);
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

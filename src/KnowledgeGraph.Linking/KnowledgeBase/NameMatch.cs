namespace KnowledgeGraph.Linking.KnowledgeBase;

/// <summary>How a mention's name matched an item's names, strongest first.</summary>
public enum NameMatch
{
    /// <summary>The mention equals one of the item's labels (after folding).</summary>
    Label,

    /// <summary>The mention equals one of the item's aliases.</summary>
    Alias,

    /// <summary>A person's first and last name match a longer label ("Luis Videgaray" for "Luis Videgaray Caso").</summary>
    ShortName,

    /// <summary>Only the surname matches.</summary>
    Surname,
}

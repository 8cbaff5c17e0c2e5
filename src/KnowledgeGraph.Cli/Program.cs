return KnowledgeGraph.Cli.KgApplication.Run(args);

public import Lede

extension StageRegistry {
    /// A registry holding every built-in stage under its `lede.` name, with its options.
    ///
    /// Start from it and register your own stages to build pipelines from configuration files.
    public static var builtIn: StageRegistry {
        StageRegistry()
    }
}

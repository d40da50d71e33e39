/// Placeholder so the module compiles; replaced by the engine.
public enum PipelinePlaceholder {}

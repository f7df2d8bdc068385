import ExportRuntime
import ExportStorage

extension JanitorPass {
    /// The pass of the process described by `context`: settings and storage read from its
    /// configuration (throws naming the variable when a value is invalid).
    static func build(context: ServiceContext) throws -> JanitorPass {
        JanitorPass(
            settings: try JanitorSettings(reader: context.reader), pool: context.pool,
            storage: try StorageConfiguration(reader: context.reader).makeStorage(logger: context.logger),
            logger: context.logger)
    }
}

import Lede
import LedeStages
import Testing

@Suite struct BuiltInStagesTests {
    @Test("every built-in stage is registered under a `lede.` name")
    func prefixes() {
        for entry in StageRegistry.builtIn.registered {
            #expect(entry.name.hasPrefix("lede."), "\(entry.name)")
        }
    }
}

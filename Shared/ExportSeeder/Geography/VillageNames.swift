/// Makes up French-sounding commune and intercommunality names from saints, common place-name
/// roots, and the river and pays of the département (`Saint-Aubin-sur-Vilaine`,
/// `Les Ormes`, `L'Abergement-en-Brie`, `CC du Val de Saône`).
enum VillageNames {
    private static let saints = [
        "Martin", "Germain", "Aubin", "Hilaire", "Léger", "Sulpice", "Julien", "Étienne", "Laurent", "Georges",
        "Pierre", "Jean", "Maurice", "Denis", "Amand", "Médard", "Pardoux", "Priest", "Symphorien", "Vincent",
    ]
    private static let femaleSaints = ["Marie", "Colombe", "Foy", "Radegonde", "Geneviève", "Anne", "Croix", "Eulalie"]
    private static let roots = [
        "Montfort", "Beaulieu", "Villeneuve", "Chantemerle", "Fontaine", "Rochefort", "Belmont", "Châteauneuf",
        "Neuville", "Bellevue", "Vaux", "Champagne", "Villers", "Courcelles", "Montigny", "Marcilly", "Savigny",
        "Bourg", "Chaumont", "Riaillé", "Plessis", "Marsac", "Lavaur", "Puyloubier", "Kerlouan", "Hochfelden",
    ]
    private static let plurals = ["Les Ormes", "Les Moulins", "Les Essarts", "Les Granges", "Les Chênes", "Les Mées"]
    private static let elided = ["L'Abergement", "L'Hôpital", "L'Isle", "L'Étang", "L'Église"]
    private static let endings = ["-le-Château", "-la-Forêt", "-les-Bains", "-le-Vieux", "-la-Rivière"]

    /// A commune name built from the words of `department`.
    static func commune(in department: DepartmentSpec, using random: inout SplitMix64) -> String {
        let root = random.element(of: roots)
        switch random.int(below: 10) {
        case 0: return "Saint-" + random.element(of: saints)
        case 1: return "Sainte-" + random.element(of: femaleSaints)
        case 2: return "Saint-" + random.element(of: saints) + "-de-" + root
        case 3: return root + "-sur-" + department.river
        case 4: return root + "-en-" + department.pays
        case 5: return random.element(of: plurals)
        case 6: return random.element(of: elided) + "-en-" + department.pays
        case 7: return root + random.element(of: endings)
        default: return root
        }
    }

    /// The names of the two communities of communes (CC) the villages of `department` form.
    static func communities(in department: DepartmentSpec, using random: inout SplitMix64) -> (String, String) {
        ("CC du Pays de " + random.element(of: roots), "CC du Val de " + department.river)
    }
}

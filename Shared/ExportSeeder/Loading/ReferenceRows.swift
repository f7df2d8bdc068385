import Foundation

/// The rows of the small reference tables, built in memory from the catalogue.
enum ReferenceRows {
    /// Each reference table with its rows, in load order.
    static func all(_ catalogue: SeedCatalogue) -> [(target: CopyTarget, rows: CopyTextBuffer)] {
        [
            perimeters(catalogue), operators(catalogue), companies(catalogue), territories(catalogue),
            selectors(catalogue), policies(catalogue),
        ]
    }

    private static func perimeters(_ catalogue: SeedCatalogue) -> (CopyTarget, CopyTextBuffer) {
        let target = CopyTarget(
            table: "geo.perimeters",
            columns: [
                "year", "arr", "l_arr", "com", "l_com", "epci", "l_epci", "dep", "l_dep", "reg", "l_reg", "country",
                "l_country", "aom", "l_aom", "pop", "surface",
            ])
        var buffer = CopyTextBuffer()
        for row in catalogue.geography.perimeters {
            buffer.append(row.year)
            for named in [row.arr, row.com, row.epci, row.dep, row.reg, row.country, row.aom] {
                buffer.append(named?.code)
                buffer.append(named?.name)
            }
            buffer.append(row.population)
            buffer.append(row.surface)
            buffer.endRow()
        }
        return (target, buffer)
    }

    private static func operators(_ catalogue: SeedCatalogue) -> (CopyTarget, CopyTextBuffer) {
        let target = CopyTarget(table: "operator.operators", columns: ["_id", "name", "legal_name", "siret"])
        var buffer = CopyTextBuffer()
        for seeded in catalogue.operators {
            buffer.append(seeded.spec.id)
            buffer.append(seeded.spec.name)
            buffer.append(seeded.spec.legalName)
            buffer.append(seeded.siret)
            buffer.endRow()
        }
        return (target, buffer)
    }

    private static func companies(_ catalogue: SeedCatalogue) -> (CopyTarget, CopyTextBuffer) {
        let target = CopyTarget(table: "company.companies", columns: ["_id", "siret", "legal_name"])
        var buffer = CopyTextBuffer()
        for company in catalogue.companies {
            buffer.append(company.id)
            buffer.append(company.siret)
            buffer.append(company.legalName)
            buffer.endRow()
        }
        return (target, buffer)
    }

    private static func territories(_ catalogue: SeedCatalogue) -> (CopyTarget, CopyTextBuffer) {
        let target = CopyTarget(table: "territory.territory_group", columns: ["_id", "name", "company_id"])
        var buffer = CopyTextBuffer()
        for territory in catalogue.territories {
            buffer.append(territory.spec.id)
            buffer.append(territory.spec.name)
            buffer.append(territory.company.id)
            buffer.endRow()
        }
        return (target, buffer)
    }

    private static func selectors(_ catalogue: SeedCatalogue) -> (CopyTarget, CopyTextBuffer) {
        let target = CopyTarget(
            table: "territory.territory_group_selector",
            columns: ["territory_group_id", "selector_type", "selector_value"])
        var buffer = CopyTextBuffer()
        for territory in catalogue.territories {
            for selector in territory.selectors {
                buffer.append(territory.spec.id)
                buffer.append(selector.type)
                buffer.append(selector.value)
                buffer.endRow()
            }
        }
        return (target, buffer)
    }

    private static func policies(_ catalogue: SeedCatalogue) -> (CopyTarget, CopyTextBuffer) {
        let target = CopyTarget(
            table: "policy.policies",
            columns: [
                "_id", "name", "territory_id", "start_date", "end_date", "unit", "status", "tz",
            ])
        var buffer = CopyTextBuffer()
        for campaign in catalogue.campaigns {
            let (first, last) = (Int64(campaign.days.lowerBound), Int64(campaign.days.upperBound))
            let clock = ZoneClock(
                zone: TimeZone(identifier: campaign.spec.timeZone)!, from: (first - 1) * 86_400, to: (last + 2) * 86_400
            )
            buffer.append(campaign.spec.id)
            buffer.append(campaign.spec.name)
            buffer.append(campaign.territory.spec.id)
            buffer.append(instant: clock.instant(atLocal: first * 86_400, later: false))
            buffer.append(instant: clock.instant(atLocal: last * 86_400 + 86_399, later: true))
            buffer.append(campaign.spec.unit.rawValue)
            buffer.append("active")
            buffer.append(campaign.spec.timeZone)
            buffer.endRow()
        }
        return (target, buffer)
    }
}

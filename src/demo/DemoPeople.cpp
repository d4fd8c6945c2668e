// The demo's people (officers, principals, safety managers, special operators) with their
// certificates, and the built-in checklists.
#include "DemoChecklists.h"
#include "DemoContext.h"

#include <cstdio>

namespace safeledger::demo {

namespace {

// An 18-digit resident identity number (GB 11643 check digit) for a person born on `birth`.
std::string identityNumber(Context& ctx, const Date& birth)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char* const checks = "10X98765432";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%s%04d%02d%02d%03d", kDivisionCode, birth.year(), birth.month(), birth.day(),
                  static_cast<int>(ctx.rng.between(1, 999)));
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        sum += (buf[i] - '0') * weights[i];
    }
    return std::string(buf) + checks[sum % 11];
}

class People
{
public:
    explicit People(Context& ctx)
        : m_ctx(ctx)
    {
    }

    int64_t add(int64_t orgId, const std::string& name, const std::string& role)
    {
        Person p;
        p.orgId = orgId;
        p.name = name;
        p.role = role;
        p.phone = m_ctx.phone();
        p.createdAt = m_ctx.stamp(Context::date(2024, 12, static_cast<int>(m_ctx.rng.between(2, 27))));
        m_ctx.records.add(p);
        return p.id;
    }

    // A certificate issued in the last few years; some of them have expired by the demo's today.
    void certify(int64_t personId, CertificateKind kind, int validYears, const std::string& specialty = {})
    {
        Certificate c;
        c.personId = personId;
        c.kind = kind;
        const int year = 2026 - static_cast<int>(m_ctx.rng.weighted({25, 30, 25, 12, 8}));
        Date issued =
            Context::date(year, static_cast<int>(m_ctx.rng.between(1, 12)), static_cast<int>(m_ctx.rng.between(1, 28)));
        if (issued > m_ctx.today) {
            issued = issued.addYears(-1);
        }
        c.issuedOn = issued;
        c.expiresOn = issued.addYears(validYears).addDays(-1);
        char buf[48];
        switch (kind) {
        case CertificateKind::SpecialOperation: {
            const Date birth =
                Context::date(static_cast<int>(m_ctx.rng.between(1968, 2000)),
                              static_cast<int>(m_ctx.rng.between(1, 12)), static_cast<int>(m_ctx.rng.between(1, 28)));
            c.number = "T" + identityNumber(m_ctx, birth) + (specialty.empty() ? "" : "（" + specialty + "）");
            break;
        }
        case CertificateKind::Other:
            std::snprintf(buf, sizeof buf, "%s00%04d", kDivisionCode, ++m_serial);
            c.number = std::string("行政执法证 ") + buf;
            break;
        default:
            std::snprintf(buf, sizeof buf, "%s%04d%06d", kDivisionCode, year, 100 + ++m_serial);
            c.number = buf;
            break;
        }
        c.createdAt = m_ctx.stamp(issued);
        m_ctx.records.add(c);
    }

private:
    Context& m_ctx;
    int m_serial = 0;
};

bool needsPrincipalCertificate(Sector s)
{
    return s == Sector::HazardousChemicals || s == Sector::Fireworks || s == Sector::FuelRetail ||
           s == Sector::NonCoalMining || s == Sector::Construction;
}

bool hasSpecialOperators(Sector s)
{
    return s == Sector::Manufacturing || s == Sector::HazardousChemicals || s == Sector::Construction ||
           s == Sector::FuelRetail || s == Sector::WaterSupply || s == Sector::SpecialEquipment;
}

} // namespace

void buildPeople(Context& ctx)
{
    People people(ctx);
    people.add(ctx.townId, kTownPrincipal, "镇长");
    people.certify(people.add(ctx.townId, kTownDeputy, "分管安全生产副镇长"), CertificateKind::Other, 5);

    const auto depts = departments();
    for (size_t i = 0; i < depts.size(); ++i) {
        const Unit& dept = ctx.unit(depts[i].name);
        people.add(dept.id, depts[i].principal, i == 0 ? "主任" : "负责人");
        if (i == 0) {
            for (const char* officer : safetyOfficers()) {
                people.certify(people.add(dept.id, officer, "安监员（网格监管责任人）"), CertificateKind::Other, 5);
            }
        } else {
            people.certify(people.add(dept.id, depts[i].officer, "执法人员"), CertificateKind::Other, 5);
        }
    }

    for (const auto& p : places()) {
        const Unit& place = ctx.unit(p.name);
        people.add(place.id, p.principal,
                   p.kind == OrgKind::Community ? "社区党委书记、居委会主任" : "村党组织书记、村委会主任");
        people.add(place.id, p.gridKeeper, "网格员");
    }
    {
        Unit& park = ctx.unit(kParkName);
        people.add(park.id, kParkPrincipal, "管委会主任");
        people.certify(people.add(park.id, park.gridKeeper, "园区专职安全员"), CertificateKind::SafetyManager, 3);
        park.safetyManager = park.gridKeeper;
    }

    for (auto& u : ctx.units) {
        if (!u.inspected) {
            continue;
        }
        if (u.kind == OrgKind::School) {
            people.add(u.id, u.principal, "校长");
            u.safetyManager = ctx.personName();
            people.add(u.id, u.safetyManager, "分管安全副校长");
            continue;
        }
        if (u.kind == OrgKind::Workshop) {
            people.add(u.id, u.principal, "车间主任（班组长）");
            u.safetyManager = u.principal;
            continue;
        }
        const int64_t principal = people.add(u.id, u.principal, "主要负责人");
        if (needsPrincipalCertificate(u.sector)) {
            people.certify(principal, CertificateKind::Principal, 3);
        }
        // Seed 001: up to 200 employees two full-time safety officers, one more per further 200.
        int managers = 0;
        if (u.scale == Scale::AboveDesignated) {
            managers = 2 + (u.employees - 1) / 200;
            if (u.name == "华源鞋业有限公司") {
                --managers; // one short of the rule: the kind of gap inspections find
            }
        } else if (u.employees >= 20 || needsPrincipalCertificate(u.sector)) {
            managers = 1;
        }
        for (int i = 0; i < managers; ++i) {
            const std::string name = ctx.personName();
            people.certify(people.add(u.id, name, i == 0 ? "安全管理人员" : "专职安全员"),
                           CertificateKind::SafetyManager, 3);
            if (i == 0) {
                u.safetyManager = name;
            }
        }
        if (hasSpecialOperators(u.sector) && u.employees >= 10) {
            const int operators = 1 + static_cast<int>(ctx.rng.below(u.employees >= 100 ? 3 : 2));
            for (int i = 0; i < operators; ++i) {
                const std::string specialty = ctx.rng.pick(specialOperations());
                people.certify(people.add(u.id, ctx.personName(), "特种作业人员（" + specialty + "）"),
                               CertificateKind::SpecialOperation, 6, specialty);
            }
        }
    }
}

void buildTemplates(Context& ctx)
{
    ctx.templateIds = installChecklists(ctx.db);
}

} // namespace safeledger::demo

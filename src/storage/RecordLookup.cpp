// Records by UUID, whatever their type: `safeledger-cli show` and `void`.
#include "Tables.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/HazardService.h"
#include "safeledger/storage/OrgService.h"
#include "safeledger/storage/RecordService.h"
#include "safeledger/storage/Repository.h"

#include <tuple>
#include <type_traits>

namespace safeledger {

namespace {

// Every record type; the first sixteen can be voided on their own, and so can a progress entry
// (a verification is withdrawn).
using Whole =
    std::tuple<Organisation, Person, Certificate, Agreement, ChecklistTemplate, Inspection, Hazard, EnforcementDocument,
               Penalty, Accident, Activity, Campaign, Grid, GridMember, InspectionPlan, ReportNote>;
using Parts = std::tuple<TemplateItem, InspectionItem, Rectification, Verification, Attachment>;

template <class... T, class F>
bool firstOf(std::tuple<T...>*, F&& f)
{
    return (f(static_cast<T*>(nullptr)) || ...);
}

} // namespace

std::optional<RecordService::Found> RecordService::findByUuid(const std::string& uuid)
{
    std::optional<Found> out;
    const auto look = [&](auto* tag) {
        using T = std::remove_pointer_t<decltype(tag)>;
        const auto r = Repository<T>(m_db).findByUuid(uuid);
        if (!r) {
            return false;
        }
        nlohmann::json j = Repository<T>::toJson(*r);
        if constexpr (std::is_same_v<T, Attachment>) {
            j["data"] = nullptr;
            j["size"] = r->data.size();
        }
        out = Found{Repository<T>::table(), r->id, std::move(j)};
        return true;
    };
    if (!firstOf(static_cast<Whole*>(nullptr), look)) {
        firstOf(static_cast<Parts*>(nullptr), look);
    }
    return out;
}

std::string RecordService::voidByUuid(const std::string& uuid, const std::string& reason)
{
    m_db.require(Action::VoidRecords);
    std::string table;
    m_db.write([&] {
        const auto voidOne = [&](auto* tag) {
            using T = std::remove_pointer_t<decltype(tag)>;
            auto r = Repository<T>(m_db).findByUuid(uuid);
            if (!r) {
                return false;
            }
            table = Repository<T>::table();
            if constexpr (std::is_same_v<T, Organisation>) {
                OrgService(m_db).voidUnit(*r, reason);
            } else if constexpr (std::is_same_v<T, Hazard>) {
                HazardService(m_db).voidHazard(r->id, reason, r->version);
            } else if constexpr (std::is_same_v<T, ReportNote>) {
                Repository<T>(m_db).voidRecord(*r, reason);
            } else {
                voidRecord(*r, reason);
            }
            return true;
        };
        if (firstOf(static_cast<Whole*>(nullptr), voidOne)) {
            return;
        }
        // A part is voided with its whole; a progress entry alone is voided and a verification
        // withdrawn (HazardService).
        const auto part = [&](auto* tag) {
            using T = std::remove_pointer_t<decltype(tag)>;
            const int64_t id = Repository<T>(m_db).idOfUuid(uuid);
            if (id == 0) {
                return false;
            }
            if constexpr (std::is_same_v<T, Verification>) {
                HazardService(m_db).withdrawVerification(id, reason);
                table = Repository<T>::table();
                return true;
            } else if constexpr (std::is_same_v<T, Rectification>) {
                HazardService(m_db).voidProgress(id, reason);
                table = Repository<T>::table();
                return true;
            } else {
                throw Error(Error::Kind::Lifecycle, Message(MessageId::RecordNotVoidable, {Repository<T>::table()}));
            }
        };
        if (!firstOf(static_cast<Parts*>(nullptr), part)) {
            throw Error(Error::Kind::NotFound, MessageId::NoRecordWithUuid, {uuid, m_db.path()});
        }
    });
    return table;
}

} // namespace safeledger

#include "safeledger/exchange/Checklists.h"

#include "BoundedJsonReader.h"
#include "BuiltInChecklists.h"
#include "PackageForm.h"
#include "safeledger/core/Error.h"
#include "safeledger/core/Inspection.h"
#include "safeledger/core/Uuid.h"
#include "safeledger/storage/RecordService.h"
#include "safeledger/storage/RecordWriter.h"
#include "safeledger/storage/Repository.h"

#include <set>

namespace safeledger {

namespace {

using nlohmann::json;
constexpr const char* kFormat = "safeledger-checklists";
constexpr size_t kMaxFile = 16u << 20;
constexpr size_t kMaxTemplates = 1000;
constexpr size_t kMaxItems = 1000;
constexpr size_t kMaxName = 400;  // bytes
constexpr size_t kMaxText = 4000; // bytes
// The built-in checklists carry this time, so that they are the same records everywhere.
constexpr const char* kBuiltInTime = "2025-01-01T00:00:00Z";

struct ParsedChecklist
{
    ChecklistTemplate checklist;
    std::vector<TemplateItem> items;
    std::vector<std::optional<HazardCategory>> reveals;
    std::string pointer;
};

class Parser final
{
public:
    std::vector<ParsedChecklist> parse(std::string_view text)
    {
        if (text.size() > kMaxFile) {
            fail("", MessageId::ChecklistFileTooLarge);
        }
        package::BoundedJsonReader reader(package::JsonLimits{16, kMaxText * 4, 64}, [](const auto&) { return false; },
                                          {});
        if (!reader.read(text)) {
            fail(reader.errorPointer(), reader.error());
        }
        const json& root = reader.root();
        if (!root.is_object() || !root.contains("format") || root["format"] != kFormat) {
            fail("/format", MessageId::ChecklistWrongFormat, {kFormat});
        }
        if (!root.contains("format_version") || !root["format_version"].is_number_integer() ||
            root["format_version"].get<int64_t>() != 1) {
            fail("/format_version", MessageId::ChecklistFormatVersion);
        }
        allowOnly(root, "", {"format", "format_version", "templates"});
        if (!root.contains("templates") || !root["templates"].is_array() || root["templates"].size() > kMaxTemplates) {
            fail("/templates", MessageId::ChecklistTemplatesInvalid);
        }
        std::vector<ParsedChecklist> out;
        for (size_t i = 0; i < root["templates"].size(); ++i) {
            out.push_back(checklist(root["templates"][i], "/templates/" + std::to_string(i)));
        }
        return out;
    }

private:
    // An error about the JSON pointer (its field), which what() puts before the message.
    [[noreturn]] void fail(const std::string& pointer, Message message)
    {
        throw Error(Error::Kind::Validation, std::move(message), pointer);
    }
    [[noreturn]] void fail(const std::string& pointer, MessageId id, std::vector<std::string> values = {})
    {
        fail(pointer, Message(id, std::move(values)));
    }

    void allowOnly(const json& j, const std::string& pointer, const std::set<std::string>& keys)
    {
        for (const auto& [key, value] : j.items()) {
            if (!keys.count(key)) {
                fail(pointer + "/" + key, MessageId::ChecklistUnknownKey, {package::shorten(key, 40)});
            }
        }
    }

    std::string text(const json& j, const std::string& pointer, const char* key, bool required, size_t max)
    {
        if (!j.contains(key)) {
            if (required) {
                fail(pointer + "/" + key, MessageId::ChecklistKeyMissing, {key});
            }
            return {};
        }
        const json& v = j[key];
        if (!v.is_string() || v.get_ref<const std::string&>().size() > max) {
            fail(pointer + "/" + key, MessageId::ChecklistTextTooLong, {key, std::to_string(max)});
        }
        std::string s = v.get<std::string>();
        if (required && s.find_first_not_of(" \t\r\n") == std::string::npos) {
            fail(pointer + "/" + key, MessageId::ChecklistTextEmpty, {key});
        }
        return s;
    }

    std::string uuid(const json& j, const std::string& pointer)
    {
        const std::string u = text(j, pointer, "uuid", false, 36);
        if (j.contains("uuid") && !UuidGenerator::isValid(u)) {
            fail(pointer + "/uuid", MessageId::ChecklistUuidInvalid);
        }
        if (!u.empty() && !m_uuids.insert(u).second) {
            fail(pointer + "/uuid", MessageId::ChecklistUuidTwice, {u});
        }
        return u;
    }

    ParsedChecklist checklist(const json& j, const std::string& pointer)
    {
        if (!j.is_object()) {
            fail(pointer, MessageId::ChecklistNotAnObject);
        }
        allowOnly(j, pointer, {"uuid", "name", "sector", "campaign", "items"});
        ParsedChecklist p;
        p.pointer = pointer;
        p.checklist.uuid = uuid(j, pointer);
        p.checklist.name = text(j, pointer, "name", true, kMaxName);
        const std::string sector = text(j, pointer, "sector", false, kMaxName);
        const auto s = enumFromText<Sector>(sector);
        if (!s) {
            fail(pointer + "/sector", MessageId::ChecklistUnknownSector, {"sector", package::shorten(sector, 40)});
        }
        p.checklist.sector = *s;
        p.checklist.campaign = text(j, pointer, "campaign", false, kMaxName);
        if (!j.contains("items") || !j["items"].is_array() || j["items"].size() > kMaxItems) {
            fail(pointer + "/items", MessageId::ChecklistItemsInvalid);
        }
        for (size_t i = 0; i < j["items"].size(); ++i) {
            const json& item = j["items"][i];
            const std::string at = pointer + "/items/" + std::to_string(i);
            if (!item.is_object()) {
                fail(at, MessageId::ChecklistItemNotAnObject);
            }
            allowOnly(item, at, {"uuid", "category", "text", "reveals"});
            TemplateItem t;
            t.uuid = uuid(item, at);
            t.category = text(item, at, "category", false, kMaxName);
            t.text = text(item, at, "text", true, kMaxText);
            t.seq = static_cast<int64_t>(i) + 1;
            p.items.push_back(std::move(t));
            std::optional<HazardCategory> reveals;
            if (item.contains("reveals")) {
                const std::string code = text(item, at, "reveals", true, kMaxName);
                reveals = enumFromText<HazardCategory>(code);
                if (!reveals) {
                    fail(at + "/reveals", MessageId::ChecklistUnknownCategory, {package::shorten(code, 40)});
                }
            }
            p.reveals.push_back(reveals);
        }
        return p;
    }

    std::set<std::string> m_uuids;
};

ChecklistImportResult importParsed(Database& db, std::vector<ParsedChecklist> parsed, bool builtIn)
{
    ChecklistImportResult result;
    db.require(Action::ManageChecklists);
    db.write([&] {
        Repository<ChecklistTemplate> templates(db);
        Repository<TemplateItem> items(db);
        for (auto& p : parsed) {
            if (!p.checklist.uuid.empty() && templates.idOfUuid(p.checklist.uuid) != 0) {
                ++result.skipped;
                result.notes.push_back(p.checklist.name + ": already here");
                continue;
            }
            if (!templates.where("name = ? AND voided_at = '' LIMIT 1", {p.checklist.name}).empty()) {
                ++result.skipped;
                result.notes.push_back(p.checklist.name + ": a checklist of this name is already here");
                continue;
            }
            for (const auto& item : p.items) {
                if (!item.uuid.empty() && items.idOfUuid(item.uuid) != 0) {
                    throw Error(Error::Kind::Validation, MessageId::ChecklistItemUuidTaken, {item.uuid}, p.pointer);
                }
            }
            if (builtIn) {
                RecordWriter<ChecklistTemplate> templateWriter(db);
                RecordWriter<TemplateItem> itemWriter(db);
                ChecklistTemplate& t = p.checklist;
                t.builtIn = true;
                t.createdAt = t.modifiedAt = kBuiltInTime;
                t.version = 1;
                validate(t);
                templateWriter.insert(t, "create");
                for (auto& item : p.items) {
                    item.templateId = t.id;
                    item.createdAt = item.modifiedAt = kBuiltInTime;
                    item.version = 1;
                    validate(item);
                    itemWriter.insert(item, "create");
                }
            } else {
                p.checklist.builtIn = false;
                RecordService(db).addTemplate(p.checklist, p.items);
            }
            ++result.added;
        }
    });
    return result;
}

} // namespace

const std::vector<BuiltInChecklist>& builtInChecklists()
{
    static const std::vector<BuiltInChecklist> all = [] {
        std::vector<BuiltInChecklist> out;
        for (const auto& file : checklists::kBuiltIn) {
            for (auto& p : Parser().parse(file.text)) {
                out.push_back({file.key, std::move(p.checklist), std::move(p.items), std::move(p.reveals)});
                out.back().checklist.builtIn = true;
            }
        }
        return out;
    }();
    return all;
}

std::optional<HazardCategory> suggestedHazardCategory(std::string_view itemText)
{
    for (const auto& c : builtInChecklists()) {
        for (size_t i = 0; i < c.items.size(); ++i) {
            if (c.items[i].text == itemText) {
                return c.reveals[i];
            }
        }
    }
    return std::nullopt;
}

ChecklistImportResult importChecklists(Database& db, std::string_view text)
{
    return importParsed(db, Parser().parse(text), false);
}

ChecklistImportResult installBuiltInChecklists(Database& db)
{
    std::vector<ParsedChecklist> all;
    for (const auto& c : builtInChecklists()) {
        all.push_back({c.checklist, c.items, c.reveals, "/" + c.key});
    }
    return importParsed(db, std::move(all), true);
}

std::string exportChecklists(Database& db, const std::vector<int64_t>& templateIds)
{
    Repository<ChecklistTemplate> templates(db);
    Repository<TemplateItem> items(db);
    json list = json::array();
    for (const auto& t : templates.where("voided_at = '' ORDER BY id")) {
        if (!templateIds.empty() && std::find(templateIds.begin(), templateIds.end(), t.id) == templateIds.end()) {
            continue;
        }
        json j = {{"uuid", t.uuid}, {"name", t.name}, {"sector", toCode(t.sector)}, {"campaign", t.campaign}};
        j["items"] = json::array();
        for (const auto& item :
             items.where("template_id = ? AND voided_at = '' ORDER BY seq, id", {std::to_string(t.id)})) {
            j["items"].push_back({{"uuid", item.uuid}, {"category", item.category}, {"text", item.text}});
        }
        list.push_back(std::move(j));
    }
    const json doc = {{"format", kFormat}, {"format_version", 1}, {"templates", list}};
    return doc.dump(2) + "\n";
}

} // namespace safeledger

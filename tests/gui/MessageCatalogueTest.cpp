// The message catalogue (safeledger/core/messages/): every id the libraries can throw or report
// has its sentence in both languages, with its values carried over; FieldErrors and nested
// messages show it the way a user reads it. The Chinese checks run against the application's real
// translations (:/i18n, built from resources/translations/safeledger_zh_CN.ts).
#include "CoreMessages.h"
#include "FieldErrors.h"
#include "GuiFixture.h"
#include "Language.h"

#include "safeledger/core/Error.h"
#include "safeledger/core/Message.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cstring>
#include <set>
#include <stdexcept>

#include <catch2/catch.hpp>

using namespace safeledger;

namespace {

// A value of each kind, distinct per position so that a sentence that swaps or drops one shows.
std::string sampleValue(char kind, std::size_t position)
{
    const std::string n = std::to_string(position + 1);
    switch (kind) {
    case 'd':
        return "2026-0" + n + "-1" + n;
    case 'i':
        return std::to_string(40 + position);
    case 'r':
        return std::to_string(80 + position) + ".5";
    case 'c':
        return std::string(1, static_cast<char>('K' + position));
    case 'f':
        return "deadline";
    case 'n':
        return "disk I/O error";
    case 'w':
        return "on the spot";
    default:
        return "青山镇" + n;
    }
}

Message sample(MessageId id)
{
    const std::string kinds = messageText(id).kinds;
    std::vector<std::string> args;
    for (std::size_t i = 0; i < kinds.size(); ++i) {
        args.push_back(sampleValue(kinds[i], i));
    }
    return Message(id, args);
}

std::vector<MessageId> everyId()
{
    std::vector<MessageId> ids;
    for (int i = 0; i < static_cast<int>(MessageId::Count); ++i) {
        ids.push_back(static_cast<MessageId>(i));
    }
    return ids;
}

// The placeholders %1…%9 a text uses.
QString placeholders(const QString& text)
{
    QString found;
    auto it = QRegularExpression(QStringLiteral("%([1-9])")).globalMatch(text);
    while (it.hasNext()) {
        found += it.next().captured(1);
    }
    std::sort(found.begin(), found.end());
    return found;
}

} // namespace

TEST_CASE("the catalogue's ids are unique and their templates well formed", "[gui][coremessages]")
{
    std::set<std::string> keys;
    std::set<std::string> texts;
    for (MessageId id : everyId()) {
        const MessageText& t = messageText(id);
        INFO(t.key << ": " << t.english);
        CHECK(keys.insert(t.key).second);
        // Two ids with one text could not be told apart by a translator.
        CHECK(texts.insert(t.english).second);
        // One kind letter per placeholder, each placeholder used.
        const QString used = placeholders(QString::fromUtf8(t.english));
        QString expected;
        for (std::size_t i = 0; i < std::strlen(t.kinds); ++i) {
            expected += QChar(u'1' + static_cast<char16_t>(i));
        }
        CHECK(used.toStdString() == expected.toStdString());
    }
    CHECK_THROWS_AS(messageText(MessageId::Count), std::out_of_range);
}

TEST_CASE("in English every message is the library's own sentence", "[gui][coremessages]")
{
    Language::install(*QCoreApplication::instance(), Language::English);
    for (MessageId id : everyId()) {
        const Message m = sample(id);
        INFO(messageText(id).key);
        CHECK(CoreMessages::translate(m).toStdString() == m.english());
    }
}

TEST_CASE("in Chinese every message of the catalogue is translated and keeps its values", "[gui][coremessages][zh]")
{
    test::ChineseInterface chinese;
    for (MessageId id : everyId()) {
        const MessageText& t = messageText(id);
        if (id == MessageId::InterfaceText) {
            continue; // the GUI's own sentence, already in the interface language
        }
        const QString zh = QCoreApplication::translate("CoreMessages", t.english);
        INFO(t.key << ": " << t.english << " → " << zh.toStdString());
        CHECK(zh != QString::fromUtf8(t.english));
        // Every value is shown, except English words the Chinese gives in Chinese anyway (kind w).
        const std::string kinds = t.kinds;
        const Message m = sample(id);
        const QString filled = CoreMessages::translate(m);
        for (std::size_t i = 0; i < kinds.size(); ++i) {
            if (kinds[i] == 'w' || kinds[i] == 'n' || kinds[i] == 'f') {
                continue; // shown translated: checked below
            }
            CHECK(filled.contains(QString::fromStdString(m.args()[i])));
        }
        if (kinds.find('n') != std::string::npos) {
            CHECK(filled.contains(QStringLiteral("磁盘读写错误")));
        }
        if (kinds.find('f') != std::string::npos) {
            CHECK(filled.contains(QStringLiteral("整改期限")));
        }
    }
}

TEST_CASE("FieldErrors::describe names the field once", "[gui][coremessages]")
{
    const Error deadline(Error::Kind::Validation, MessageId::BeforeFoundDate, {"2026-01-01", "2026-02-01"}, "deadline");
    const Error score(Error::Kind::Validation, MessageId::ScoreOutOfRange, {"120"}, "assessment_score");
    Language::install(*QCoreApplication::instance(), Language::English);
    CHECK(std::string(deadline.what()) == "deadline: 2026-01-01 is before the found date 2026-02-01");
    CHECK(FieldErrors::describe(deadline).toStdString() ==
          "Deadline is not valid: 2026-01-01 is before the found date 2026-02-01");
    CHECK(FieldErrors::describe(score).toStdString() == "assessment_score is not valid: 120 is not between 0 and 100");
    {
        test::ChineseInterface chinese;
        CHECK(FieldErrors::describe(deadline).toStdString() == "整改期限填写有误：2026-01-01 早于发现日期 2026-02-01");
        CHECK(FieldErrors::describe(score).toStdString() == "考核得分填写有误：120 不在 0 到 100 之间");
    }
}

TEST_CASE("a dialog's own check is shown as the dialog wrote it", "[gui][coremessages]")
{
    try {
        FieldErrors::fail("org", QStringLiteral("请选择单位"));
        FAIL("fail() returned");
    } catch (const Error& e) {
        CHECK(e.field() == "org");
        CHECK(e.message().id() == MessageId::InterfaceText);
        CHECK(CoreMessages::translateDetail(e) == QStringLiteral("请选择单位"));
    }
}

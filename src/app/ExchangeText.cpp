#include "ExchangeText.h"

#include <QStringList>

namespace safeledger {

QString ExchangeText::entityName(const std::string& table)
{
    struct Name
    {
        const char* table;
        const char* text;
    };
    static const Name names[] = {
        {"org", QT_TR_NOOP("Units")},
        {"person", QT_TR_NOOP("People")},
        {"certificate", QT_TR_NOOP("Certificates")},
        {"checklist_template", QT_TR_NOOP("Checklists")},
        {"template_item", QT_TR_NOOP("Checklist items")},
        {"agreement", QT_TR_NOOP("Agreements")},
        {"inspection", QT_TR_NOOP("Inspections")},
        {"inspection_item", QT_TR_NOOP("Inspection items")},
        {"hazard", QT_TR_NOOP("Hazards")},
        {"rectification", QT_TR_NOOP("Rectification progress")},
        {"verification", QT_TR_NOOP("Verifications")},
        {"enforcement_document", QT_TR_NOOP("Enforcement documents")},
        {"penalty", QT_TR_NOOP("Penalties")},
        {"accident", QT_TR_NOOP("Accidents")},
        {"activity", QT_TR_NOOP("Activities")},
        {"attachment", QT_TR_NOOP("Attachments")},
        {"document_hazard", QT_TR_NOOP("Document–hazard links")},
        {"audit", QT_TR_NOOP("History entries")},
    };
    for (const Name& n : names) {
        if (table == n.table) {
            return tr(n.text);
        }
    }
    return QString::fromStdString(table);
}

QString ExchangeText::describePointer(const std::string& pointer)
{
    if (pointer.empty()) {
        return tr("the package as a whole");
    }
    // RFC 6901: "~1" is "/", "~0" is "~".
    QStringList parts = QString::fromStdString(pointer).split(QLatin1Char('/'));
    parts.removeFirst();
    for (QString& p : parts) {
        p.replace(QStringLiteral("~1"), QStringLiteral("/")).replace(QStringLiteral("~0"), QStringLiteral("~"));
    }
    bool isIndex = false;
    QString where;
    int next = 0;
    if ((parts.value(0) == QLatin1String("records") || parts.value(0) == QLatin1String("links")) && parts.size() >= 2) {
        where = entityName(parts.at(1).toStdString());
        next = 2;
    } else if (parts.value(0) == QLatin1String("audit")) {
        where = entityName("audit");
        next = 1;
    } else {
        return tr("at %1").arg(QString::fromStdString(pointer));
    }
    const int index = parts.value(next).toInt(&isIndex);
    if (isIndex) {
        where = tr("%1, entry %2").arg(where).arg(index + 1);
        ++next;
    }
    if (next < parts.size()) {
        where = tr("%1, field “%2”").arg(where, parts.mid(next).join(QLatin1Char('/')));
    }
    return where;
}

} // namespace safeledger

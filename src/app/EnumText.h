#pragma once

#include "safeledger/core/Enums.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFontMetrics>
#include <QString>

#include <algorithm>

namespace safeledger {

// The translated label of a vocabulary value: its English label from the core, translated in the
// "Enum" context with the type's name as disambiguation (src/app/EnumStrings.cpp lists them all).
// Combo boxes carry the stable code as item data.
class EnumText final
{
public:
    template <class E>
    static QString label(E value, const char* typeName)
    {
        const char* en = toEnglish(value);
        return *en ? QCoreApplication::translate("Enum", en, typeName) : QString();
    }

    // Fills `combo` with every value of E (skipping the empty "none" value unless `withNone`).
    template <class E>
    static void fill(QComboBox* combo, const char* typeName, bool withNone = false, const QString& noneText = {})
    {
        combo->clear();
        for (const auto& e : enumEntries<E>()) {
            if (*e.code == '\0') {
                if (withNone) {
                    combo->addItem(noneText, QString());
                }
                continue;
            }
            combo->addItem(label(e.value, typeName), QString::fromUtf8(e.code));
        }
    }

    // The width of the widest translated label of E in `metrics`' font: a column of E's values is
    // at least this wide, so that no label is cut ("Awaiting verification", "Safety management").
    template <class E>
    static int widestLabel(const QFontMetrics& metrics, const char* typeName)
    {
        int widest = 0;
        for (const auto& e : enumEntries<E>()) {
            widest = std::max(widest, metrics.horizontalAdvance(label(e.value, typeName)));
        }
        return widest;
    }

    template <class E>
    static E current(const QComboBox* combo, E fallback)
    {
        const auto v = enumFromText<E>(combo->currentData().toString().toStdString());
        return v ? *v : fallback;
    }

    template <class E>
    static void select(QComboBox* combo, E value)
    {
        const int i = combo->findData(QString::fromUtf8(toCode(value)));
        if (i >= 0) {
            combo->setCurrentIndex(i);
        }
    }
};

} // namespace safeledger

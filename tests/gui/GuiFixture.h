#pragma once
// Helpers for the GUI tests: clean settings per test and a database file on disk with known
// figures, dated relative to the real today because the window opens it with the system clock.

#include "safeledger/core/Clock.h"
#include "safeledger/storage/Database.h"

#include <QSettings>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace safeledger::test {

struct KnownFigures
{
    int64_t units = 0;
    int64_t inspections = 0;
    int64_t hazards = 0;
    int64_t openHazards = 0;
    int64_t overdue = 0;
};

class GuiFixture
{
public:
    GuiFixture();
    ~GuiFixture();

    QString path(const QString& name) const { return m_dir.filePath(name); }
    // Creates `name` in the temporary folder with 3 live units and a voided one, 2 inspections and
    // hazards in every state that counts differently; returns what the overview must show.
    KnownFigures createPopulated(const QString& name);
    // Creates an empty database file.
    void createEmpty(const QString& name);

private:
    QTemporaryDir m_dir;
};

} // namespace safeledger::test

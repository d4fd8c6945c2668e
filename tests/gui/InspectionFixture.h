#pragma once
// The inspection-entry page of a window opened on the populated test database, for the tests that
// drive inspection entry (InspectionEntryTest, ChecklistEntryTest).

#include "GuiFixture.h"

#include "MainWindow.h"
#include "pages/InspectionPage.h"
#include "safeledger/storage/OrgService.h"

#include <QComboBox>

#include <catch2/catch.hpp>

namespace safeledger::test {

template <class T>
T* child(const QObject& root, const char* name)
{
    auto* w = root.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(w != nullptr);
    return w;
}

struct Opened
{
    GuiFixture fixture;
    MainWindow window{test::clock()};
    InspectionPage* page = nullptr;
    int64_t factoryId = 0;

    Opened()
    {
        fixture.createPopulated(QStringLiteral("town.db"));
        window.resize(1280, 800);
        window.show();
        REQUIRE(window.load(fixture.path(QStringLiteral("town.db"))).isEmpty());
        page = child<InspectionPage>(window, "inspectionPage");
        window.showPage(page);
        const auto found = OrgService(*window.database()).findByName("青山机械厂");
        REQUIRE(found.size() == 1);
        factoryId = found.front().id;
    }
};

inline void chooseChecklist(InspectionPage& page, const QString& name)
{
    auto* combo = child<QComboBox>(page, "inspectionTemplate");
    const int index = combo->findText(name);
    REQUIRE(index > 0);
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

} // namespace safeledger::test

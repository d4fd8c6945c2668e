// The units page edits a unit's persons and certificates through their dialogs, voids units and
// moves them in the tree; every refusal comes from the core and is shown in words, changing nothing.

#include "GuiFixture.h"
#include "QtDates.h"

#include "MainWindow.h"
#include "Palette.h"
#include "TextTableModel.h"
#include "UnitPicker.h"
#include "pages/CertificateDialog.h"
#include "pages/MoveUnitDialog.h"
#include "pages/OrgTreeModel.h"
#include "pages/PersonDialog.h"
#include "pages/UnitArchive.h"
#include "pages/UnitsPage.h"
#include "pages/VoidDialog.h"
#include "safeledger/storage/ArchiveQueries.h"
#include "safeledger/storage/OrgService.h"
#include "safeledger/storage/RecordService.h"
#include "safeledger/storage/Repository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <catch2/catch.hpp>

using namespace safeledger;
using namespace safeledger::test;

namespace {

template <class T>
T* child(const QObject& root, const char* name)
{
    auto* w = root.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(w != nullptr);
    return w;
}

// The dialog of that name that is open now (closed ones are deleted first).
template <class T>
T* openDialog(const QObject& root, const char* name)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    auto* d = root.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(d != nullptr);
    REQUIRE(d->isVisible());
    return d;
}

// A dialog closed on OK (WA_DeleteOnClose) may already be deleted.
bool closed(const QPointer<QDialog>& dialog)
{
    return dialog.isNull() || !dialog->isVisible();
}

void click(QPushButton* button)
{
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCoreApplication::processEvents();
}

// Chinese text is set as an input method would.
void type(QLineEdit* edit, const QString& text)
{
    edit->setText(text);
    emit edit->textEdited(text);
}

void selectRow(QTableView* view, int row)
{
    view->selectRow(row);
    QCoreApplication::processEvents();
}

struct Town
{
    GuiFixture fixture;
    MainWindow window{test::clock()};
    UnitsPage* page = nullptr;
    int64_t townId = 0;
    int64_t factoryId = 0;
    int64_t shopId = 0;

    Town()
    {
        fixture.createPopulated(QStringLiteral("town.db"));
        window.resize(1366, 768);
        window.show();
        REQUIRE(window.load(fixture.path(QStringLiteral("town.db"))).isEmpty());
        page = child<UnitsPage>(window, "unitsPage");
        OrgService orgs(*window.database());
        townId = orgs.findByName("青山镇").front().id;
        factoryId = orgs.findByName("青山机械厂").front().id;
        shopId = orgs.findByName("东村小卖部").front().id;
    }

    Database& db() { return *window.database(); }
    TextTableModel* archive(const char* tab) { return page->archive(QString::fromLatin1(tab)); }
};

} // namespace

TEST_CASE("persons and certificates are added through their dialogs and shown in the archive", "[gui][units][archive]")
{
    Town t;
    t.window.showUnit(t.factoryId);
    REQUIRE(t.archive("persons")->rowCount() == 0); // the fixture records no persons
    REQUIRE(t.archive("certificates")->rowCount() == 0);

    click(child<QPushButton>(*t.page, "addPersonButton"));
    auto* person = openDialog<PersonDialog>(*t.page, "personDialog");
    type(child<QLineEdit>(*person, "nameInput"), QStringLiteral("赵六"));
    type(child<QLineEdit>(*person, "roleInput"), QStringLiteral("安全管理人员"));
    QTest::keyClicks(child<QLineEdit>(*person, "phoneInput"), QStringLiteral("13800000000"));
    // A mistyped ID number (the check character) is refused at its field, and nothing is lost.
    type(child<QLineEdit>(*person, "id_numberInput"), QStringLiteral("110105194912310021"));
    click(child<QPushButton>(*person, "okButton"));
    CHECK(person->isVisible());
    CHECK(child<QLabel>(*person, "id_numberError")->isVisible());
    CHECK(child<QLineEdit>(*person, "nameInput")->text() == QStringLiteral("赵六"));
    CHECK(ArchiveQueries(t.db()).persons(t.factoryId).empty());
    type(child<QLineEdit>(*person, "id_numberInput"), QStringLiteral("11010519491231002x"));
    click(child<QPushButton>(*person, "okButton"));
    REQUIRE(t.archive("persons")->rowCount() == 1);
    CHECK(t.archive("persons")->index(0, 0).data().toString() == QStringLiteral("赵六"));
    CHECK(t.archive("persons")->index(0, 1).data().toString() == QStringLiteral("安全管理人员"));
    CHECK(t.archive("persons")->index(0, 4).data().toString() == QStringLiteral("11010519491231002X"));
    const auto stored = ArchiveQueries(t.db()).persons(t.factoryId);
    REQUIRE(stored.size() == 1);
    CHECK(stored.front().name == "赵六");
    CHECK(stored.front().phone == "13800000000");
    CHECK(stored.front().idNumber == "11010519491231002X"); // an x is written as the standard's X
    CHECK(ArchiveQueries(t.db()).persons(t.shopId).empty());

    // A certificate for the chosen person; expiring before it was issued is refused at its field.
    selectRow(child<QTableView>(*t.page, "personsArchiveView"), 0);
    click(child<QPushButton>(*t.page, "addPersonCertificateButton"));
    auto* certificate = openDialog<CertificateDialog>(*t.page, "certificateDialog");
    CHECK(child<QComboBox>(*certificate, "personInput")->currentData().value<qint64>() == stored.front().id);
    auto* kind = child<QComboBox>(*certificate, "kindInput");
    kind->setCurrentIndex(kind->findData(QString::fromUtf8(toCode(CertificateKind::SpecialOperation))));
    QTest::keyClicks(child<QLineEdit>(*certificate, "numberInput"), QStringLiteral("T330100001"));
    child<QCheckBox>(*certificate, "issued_onSet")->setChecked(true);
    child<QDateEdit>(*certificate, "issued_onInput")->setDate(QDate(2020, 1, 1));
    child<QCheckBox>(*certificate, "expires_onSet")->setChecked(true);
    child<QDateEdit>(*certificate, "expires_onInput")->setDate(QDate(2019, 6, 1));
    click(child<QPushButton>(*certificate, "okButton"));
    CHECK(certificate->isVisible());
    CHECK(child<QLabel>(*certificate, "expires_onError")->isVisible());
    CHECK(child<QLineEdit>(*certificate, "numberInput")->text() == QStringLiteral("T330100001"));
    CHECK(child<QDateEdit>(*certificate, "issued_onInput")->date() == QDate(2020, 1, 1));
    CHECK(child<QDateEdit>(*certificate, "expires_onInput")->date() == QDate(2019, 6, 1));
    CHECK(ArchiveQueries(t.db()).certificates(t.factoryId).empty());
    CHECK(t.archive("certificates")->rowCount() == 0);

    // Expired yesterday: saved, and shown as expired in red.
    const QDate today = toQDate(test::today());
    child<QDateEdit>(*certificate, "expires_onInput")->setDate(today.addDays(-1));
    QPointer<QDialog> certificateOpen(certificate);
    click(child<QPushButton>(*certificate, "okButton"));
    CHECK(closed(certificateOpen));
    const auto certificates = ArchiveQueries(t.db()).certificates(t.factoryId);
    REQUIRE(certificates.size() == 1);
    CHECK(certificates.front().number == "T330100001");
    CHECK(certificates.front().kind == CertificateKind::SpecialOperation);
    CHECK(certificates.front().personId == stored.front().id);
    CHECK(certificates.front().issuedOn == Date::fromParts(2020, 1, 1));
    TextTableModel* tab = t.archive("certificates");
    REQUIRE(tab->rowCount() == 1);
    CHECK(tab->index(0, 0).data().toString() == QStringLiteral("赵六")); // the person's name
    CHECK(tab->index(0, 2).data().toString() == QStringLiteral("T330100001"));
    CHECK(tab->index(0, 5).data().toString() == UnitArchive::tr("expired"));
    CHECK(tab->index(0, 0).data(Qt::ForegroundRole).value<QColor>() == Palette::colour(Palette::Role::Alert));
    CHECK(t.archive("persons")->index(0, 3).data().toString() == QStringLiteral("1")); // certificates held

    // A second one, without an issue date and expiring in a year, is valid.
    click(child<QPushButton>(*t.page, "addCertificateButton"));
    certificate = openDialog<CertificateDialog>(*t.page, "certificateDialog");
    QTest::keyClicks(child<QLineEdit>(*certificate, "numberInput"), QStringLiteral("A2"));
    child<QCheckBox>(*certificate, "issued_onSet")->setChecked(false);
    child<QCheckBox>(*certificate, "expires_onSet")->setChecked(true);
    child<QDateEdit>(*certificate, "expires_onInput")->setDate(today.addDays(365));
    click(child<QPushButton>(*certificate, "okButton"));
    REQUIRE(tab->rowCount() == 2);
    int valid = -1;
    for (int row = 0; row < 2; ++row) {
        if (tab->index(row, 2).data().toString() == QStringLiteral("A2")) {
            valid = row;
        }
    }
    REQUIRE(valid >= 0);
    CHECK(tab->index(valid, 3).data().toString().isEmpty());
    CHECK(tab->index(valid, 5).data().toString() == UnitArchive::tr("valid"));
    CHECK_FALSE(tab->index(valid, 0).data(Qt::ForegroundRole).value<QColor>().isValid());
    CHECK(t.archive("persons")->index(0, 3).data().toString() == QStringLiteral("2"));
}

TEST_CASE("persons and certificates are edited on double-click and voided with a reason", "[gui][units][archive]")
{
    Town t;
    Person p;
    p.orgId = t.factoryId;
    p.name = "孙八";
    RecordService records(t.db());
    records.add(p);
    Certificate c;
    c.personId = p.id;
    c.number = "C-1";
    records.add(c);
    Certificate second;
    second.personId = p.id;
    second.number = "C-9";
    records.add(second);
    t.window.showUnit(t.factoryId);
    REQUIRE(t.archive("persons")->rowCount() == 1);
    REQUIRE(t.archive("certificates")->rowCount() == 2);
    CHECK(t.archive("persons")->index(0, 3).data().toString() == QStringLiteral("2"));

    // A certificate opens on double-click and saves its new number.
    auto* certificates = child<QTableView>(*t.page, "certificatesArchiveView");
    int row = t.archive("certificates")->idAt(0) == c.id ? 0 : 1;
    emit certificates->activated(t.archive("certificates")->index(row, 0));
    auto* certificate = openDialog<CertificateDialog>(*t.page, "certificateDialog");
    auto* number = child<QLineEdit>(*certificate, "numberInput");
    CHECK(number->text() == QStringLiteral("C-1"));
    number->clear();
    QTest::keyClicks(number, QStringLiteral("C-2"));
    click(child<QPushButton>(*certificate, "okButton"));
    CHECK(Repository<Certificate>(t.db()).get(c.id).number == "C-2");
    CHECK(Repository<Certificate>(t.db()).get(c.id).personId == p.id);

    // The other certificate is voided from its tab.
    row = t.archive("certificates")->idAt(0) == second.id ? 0 : 1;
    selectRow(certificates, row);
    click(child<QPushButton>(*t.page, "voidCertificateButton"));
    auto* voidingCertificate = openDialog<VoidDialog>(*t.page, "voidDialog");
    type(child<QLineEdit>(*voidingCertificate, "void_reasonInput"), QStringLiteral("证书已注销"));
    click(child<QPushButton>(*voidingCertificate, "okButton"));
    CHECK(Repository<Certificate>(t.db()).get(second.id).isVoided());
    REQUIRE(t.archive("certificates")->rowCount() == 1);
    CHECK(t.archive("certificates")->index(0, 2).data().toString() == QStringLiteral("C-2"));
    CHECK(ArchiveQueries(t.db()).certificates(t.factoryId).size() == 1);

    auto* view = child<QTableView>(*t.page, "personsArchiveView");
    emit view->activated(t.archive("persons")->index(0, 0));
    auto* form = openDialog<PersonDialog>(*t.page, "personDialog");
    CHECK(child<QLineEdit>(*form, "nameInput")->text() == QStringLiteral("孙八"));
    // An empty name is refused at its field.
    type(child<QLineEdit>(*form, "nameInput"), QString());
    type(child<QLineEdit>(*form, "roleInput"), QStringLiteral("网格员"));
    click(child<QPushButton>(*form, "okButton"));
    CHECK(form->isVisible());
    CHECK(child<QLabel>(*form, "nameError")->isVisible());
    CHECK(child<QLineEdit>(*form, "roleInput")->text() == QStringLiteral("网格员"));
    type(child<QLineEdit>(*form, "nameInput"), QStringLiteral("孙八"));
    click(child<QPushButton>(*form, "okButton"));
    CHECK(Repository<Person>(t.db()).get(p.id).role == "网格员");
    CHECK(t.archive("persons")->index(0, 1).data().toString() == QStringLiteral("网格员"));

    selectRow(view, 0);
    click(child<QPushButton>(*t.page, "voidPersonButton"));
    auto* voiding = openDialog<VoidDialog>(*t.page, "voidDialog");
    click(child<QPushButton>(*voiding, "okButton")); // no reason given
    CHECK(voiding->isVisible());
    CHECK(child<QLabel>(*voiding, "void_reasonError")->isVisible());
    CHECK_FALSE(Repository<Person>(t.db()).get(p.id).isVoided());
    type(child<QLineEdit>(*voiding, "void_reasonInput"), QStringLiteral("已调离"));
    click(child<QPushButton>(*voiding, "okButton"));
    CHECK(Repository<Person>(t.db()).get(p.id).isVoided());
    CHECK(Repository<Person>(t.db()).get(p.id).voidReason == "已调离");
    CHECK(t.archive("persons")->rowCount() == 0);
    CHECK(t.archive("certificates")->rowCount() == 0); // only live persons' certificates are listed
    CHECK(ArchiveQueries(t.db()).persons(t.factoryId).empty());
    CHECK_FALSE(child<QPushButton>(*t.page, "voidPersonButton")->isEnabled());
}

TEST_CASE("a unit with live units below it is not voided; a leaf unit leaves the tree", "[gui][units][archive]")
{
    Town t;
    OrgTreeModel* tree = t.page->treeModel();
    t.window.showUnit(t.townId);
    REQUIRE(tree->rowCount(tree->indexOf(t.townId)) == 2); // the factory and the shop; the voided unit is hidden

    click(child<QPushButton>(*t.page, "voidUnitButton"));
    auto* voiding = openDialog<VoidDialog>(*t.page, "voidDialog");
    type(child<QLineEdit>(*voiding, "void_reasonInput"), QStringLiteral("撤并"));
    click(child<QPushButton>(*voiding, "okButton"));
    auto* refused = openDialog<QMessageBox>(*t.page, "voidUnitRefused");
    CHECK(refused->text().contains(QStringLiteral("2 units below")));
    refused->accept();
    CHECK_FALSE(OrgService(t.db()).get(t.townId).isVoided());
    CHECK(tree->rowCount() == 1);
    CHECK(tree->rowCount(tree->indexOf(t.townId)) == 2);
    CHECK(child<QLineEdit>(*t.page, "unitName")->text() == QStringLiteral("青山镇"));

    t.window.showUnit(t.shopId);
    REQUIRE(child<QLineEdit>(*t.page, "unitName")->text() == QStringLiteral("东村小卖部"));
    click(child<QPushButton>(*t.page, "voidUnitButton"));
    voiding = openDialog<VoidDialog>(*t.page, "voidDialog");
    type(child<QLineEdit>(*voiding, "void_reasonInput"), QStringLiteral("已注销"));
    click(child<QPushButton>(*voiding, "okButton"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(t.page->findChild<QMessageBox*>(QStringLiteral("voidUnitRefused")) == nullptr);
    CHECK(OrgService(t.db()).get(t.shopId).isVoided());
    CHECK(tree->rowCount(tree->indexOf(t.townId)) == 1);
    CHECK(tree->index(0, 0, tree->indexOf(t.townId)).data().toString() == QStringLiteral("青山机械厂"));
    CHECK_FALSE(tree->indexOf(t.shopId).isValid());
    CHECK(child<QLineEdit>(*t.page, "unitName")->text().isEmpty()); // the form cleared
    CHECK_FALSE(child<QPushButton>(*t.page, "voidUnitButton")->isEnabled());
}

TEST_CASE("a unit moves under another unit, never under its own child", "[gui][units][archive]")
{
    Town t;
    OrgTreeModel* tree = t.page->treeModel();
    auto* treeView = child<QTreeView>(*t.page, "unitTree");

    // The shop moves under the factory.
    t.window.showUnit(t.shopId);
    click(child<QPushButton>(*t.page, "moveUnitButton"));
    auto* move = openDialog<MoveUnitDialog>(*t.page, "moveUnitDialog");
    child<UnitPicker>(*move, "moveParentPicker")->setUnitId(t.factoryId);
    QPointer<QDialog> moveOpen(move);
    click(child<QPushButton>(*move, "okButton"));
    CHECK(closed(moveOpen));
    CHECK(OrgService(t.db()).get(t.shopId).parentId == std::optional<int64_t>(t.factoryId));
    const QModelIndex shop = tree->indexOf(t.shopId);
    REQUIRE(shop.isValid());
    CHECK(tree->orgId(shop.parent()) == t.factoryId);
    CHECK(tree->rowCount(tree->indexOf(t.townId)) == 1); // only the factory is left directly below the town
    CHECK(tree->orgId(treeView->currentIndex()) == t.shopId);
    CHECK(child<QLineEdit>(*t.page, "unitName")->text() == QStringLiteral("东村小卖部"));

    // The town cannot go under the factory, which lies below it: refused at the field, nothing moves.
    t.window.showUnit(t.townId);
    click(child<QPushButton>(*t.page, "moveUnitButton"));
    move = openDialog<MoveUnitDialog>(*t.page, "moveUnitDialog");
    child<UnitPicker>(*move, "moveParentPicker")->setUnitId(t.factoryId);
    click(child<QPushButton>(*move, "okButton"));
    CHECK(move->isVisible());
    CHECK(child<QLabel>(*move, "parentError")->isVisible());
    CHECK(child<QLabel>(*move, "parentError")->text().contains(QStringLiteral("under itself")));
    CHECK_FALSE(OrgService(t.db()).get(t.townId).parentId.has_value());
    CHECK(tree->rowCount() == 1);
    move->reject();

    // The factory moves to the top level with the shop below it.
    t.window.showUnit(t.factoryId);
    click(child<QPushButton>(*t.page, "moveUnitButton"));
    move = openDialog<MoveUnitDialog>(*t.page, "moveUnitDialog");
    child<QRadioButton>(*move, "moveTopLevel")->setChecked(true);
    click(child<QPushButton>(*move, "okButton"));
    CHECK_FALSE(OrgService(t.db()).get(t.factoryId).parentId.has_value());
    CHECK(tree->rowCount() == 2);
    CHECK(tree->orgId(tree->indexOf(t.shopId).parent()) == t.factoryId);
    const std::string factoryPath = OrgService(t.db()).get(t.factoryId).path;
    CHECK(factoryPath == "/" + std::to_string(t.factoryId) + "/");
    CHECK(OrgService(t.db()).get(t.shopId).path == factoryPath + std::to_string(t.shopId) + "/");
}

TEST_CASE("a read-only database offers no person, certificate, void or move buttons", "[gui][units][archive]")
{
    GuiFixture fixture;
    fixture.createPopulated(QStringLiteral("ro.db"));
    OpenOptions options;
    options.readOnly = true;
    options.clock = test::clock();
    auto db = Database::open(QFile::encodeName(fixture.path(QStringLiteral("ro.db"))).toStdString(), options);
    REQUIRE(db->isReadOnly());
    const int64_t factoryId = OrgService(*db).findByName("青山机械厂").front().id;
    UnitsPage page;
    page.setDatabase(db.get());
    page.showUnit(factoryId);
    REQUIRE(child<QLineEdit>(page, "unitName")->text() == QStringLiteral("青山机械厂"));
    for (const char* name : {"addPersonButton", "editPersonButton", "voidPersonButton", "addPersonCertificateButton",
                             "addCertificateButton", "editCertificateButton", "voidCertificateButton", "voidUnitButton",
                             "moveUnitButton", "saveUnitButton"}) {
        INFO(name);
        CHECK_FALSE(child<QPushButton>(page, name)->isEnabled());
    }
    page.setDatabase(nullptr);
}

// Not a test: renders the units page with its persons and certificates and the new dialogs to PNG
// files for review, offscreen.   SAFELEDGER_SCREENSHOTS=/tmp/shots test_gui "[.screenshots][units]"
TEST_CASE("units page screenshots", "[.screenshots][units]")
{
    Town t;
    RecordService records(t.db());
    const Date today = t.db().today();
    const struct
    {
        const char* name;
        const char* role;
        const char* phone;
    } people[] = {{"钱七", "主要负责人", "13900000001"},
                  {"赵六", "安全管理人员", "13800000000"},
                  {"周九", "电工", "13700000002"}};
    std::vector<int64_t> ids;
    for (const auto& who : people) {
        Person p;
        p.orgId = t.factoryId;
        p.name = who.name;
        p.role = who.role;
        p.phone = who.phone;
        records.add(p);
        ids.push_back(p.id);
    }
    const struct
    {
        size_t person;
        CertificateKind kind;
        const char* number;
        int expiresInDays;
    } held[] = {{0, CertificateKind::Principal, "ZJ2023-0012", 400},
                {1, CertificateKind::SafetyManager, "ZJ2022-3381", -20},
                {2, CertificateKind::SpecialOperation, "T330102198001011234", 900}};
    for (const auto& h : held) {
        Certificate c;
        c.personId = ids[h.person];
        c.kind = h.kind;
        c.number = h.number;
        c.issuedOn = today.addDays(h.expiresInDays - 3 * 365);
        c.expiresOn = today.addDays(h.expiresInDays);
        records.add(c);
    }
    const QString dir = qEnvironmentVariable("SAFELEDGER_SCREENSHOTS", QStringLiteral("/tmp"));
    QDir().mkpath(dir);
    auto shoot = [&](QWidget& w, const char* name) {
        QTest::qWait(50);
        CHECK(w.grab().save(QDir(dir).filePath(QString::fromLatin1(name) + QStringLiteral(".png"))));
    };
    t.window.showUnit(t.factoryId);
    auto* tabs = child<QTabWidget>(*t.page, "archiveTabs");
    tabs->setCurrentIndex(tabs->count() - 2);
    selectRow(child<QTableView>(*t.page, "personsArchiveView"), 1);
    shoot(t.window, "units-persons");
    tabs->setCurrentIndex(tabs->count() - 1);
    shoot(t.window, "units-certificates");

    click(child<QPushButton>(*t.page, "editPersonButton"));
    shoot(*openDialog<PersonDialog>(*t.page, "personDialog"), "units-person-dialog");
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    t.page->findChild<PersonDialog*>(QStringLiteral("personDialog"))->reject();

    click(child<QPushButton>(*t.page, "addCertificateButton"));
    auto* certificate = openDialog<CertificateDialog>(*t.page, "certificateDialog");
    QTest::keyClicks(child<QLineEdit>(*certificate, "numberInput"), QStringLiteral("T1"));
    child<QCheckBox>(*certificate, "expires_onSet")->setChecked(true);
    child<QDateEdit>(*certificate, "expires_onInput")->setDate(QDate(2001, 1, 1));
    click(child<QPushButton>(*certificate, "okButton"));
    shoot(*certificate, "units-certificate-dialog-error");
    certificate->reject();

    t.window.showUnit(t.townId);
    click(child<QPushButton>(*t.page, "voidUnitButton"));
    auto* voiding = openDialog<VoidDialog>(*t.page, "voidDialog");
    shoot(*voiding, "units-void-dialog");
    type(child<QLineEdit>(*voiding, "void_reasonInput"), QStringLiteral("撤并"));
    click(child<QPushButton>(*voiding, "okButton"));
    auto* refused = openDialog<QMessageBox>(*t.page, "voidUnitRefused");
    shoot(*refused, "units-void-refused");
    refused->accept();

    click(child<QPushButton>(*t.page, "moveUnitButton"));
    auto* move = openDialog<MoveUnitDialog>(*t.page, "moveUnitDialog");
    child<UnitPicker>(*move, "moveParentPicker")->setUnitId(t.factoryId);
    click(child<QPushButton>(*move, "okButton"));
    shoot(*move, "units-move-dialog-error");
    move->reject();
    shoot(t.window, "units-form");
}

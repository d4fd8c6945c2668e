// FormDialog, the base of the dialogs that save a form: OK runs save(); a refusal keeps the dialog
// open with every entry as typed and shows the error at its field in the interface language (or
// under the form when no field is bound to it); a save that goes through accepts the dialog.
#include "FormDialog.h"
#include "GuiFixture.h"

#include "safeledger/core/Error.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <catch2/catch.hpp>

#include <functional>
#include <stdexcept>

using namespace safeledger;

namespace {

// A form with a name (its errors shown under it) and a note (no error label of its own).
class TestForm final : public FormDialog
{
public:
    explicit TestForm(std::function<void()> onSave)
        : m_onSave(std::move(onSave))
    {
        setObjectName(QStringLiteral("testForm"));
        auto* form = new QFormLayout(this);
        name = new QLineEdit(this);
        name->setObjectName(QStringLiteral("nameInput"));
        form->addRow(QStringLiteral("Name"), name);
        bindField(form, QStringLiteral("name"), name);
        note = new QLineEdit(this);
        note->setObjectName(QStringLiteral("noteInput"));
        form->addRow(QStringLiteral("Note"), note);
        addButtons(form, QStringLiteral("testFormError"));
        setRefusalText(QStringLiteral("Not saved: %1"));
    }

    QLineEdit* name = nullptr;
    QLineEdit* note = nullptr;
    int saves = 0;

private:
    void save() override
    {
        ++saves;
        m_onSave();
    }

    std::function<void()> m_onSave;
};

QLabel* label(const QWidget& root, const char* name)
{
    auto* l = root.findChild<QLabel*>(QString::fromLatin1(name));
    REQUIRE(l != nullptr);
    return l;
}

void clickOk(TestForm& dialog)
{
    QPushButton* ok = dialog.findChild<QPushButton*>(QStringLiteral("okButton"));
    REQUIRE(ok != nullptr);
    REQUIRE(ok == dialog.okButton());
    QTest::mouseClick(ok, Qt::LeftButton);
}

} // namespace

TEST_CASE("a refused save keeps the form open and says why at the field, in Chinese", "[gui][formdialog]")
{
    test::ChineseInterface chinese;
    bool refuse = true;
    TestForm dialog([&refuse] {
        if (refuse) {
            throw Error(Error::Kind::Validation, MessageId::PersonNameRequired, {}, "name");
        }
    });
    dialog.show();
    dialog.name->setText(QStringLiteral("  "));
    dialog.note->setText(QStringLiteral("备注"));

    clickOk(dialog);
    CHECK(dialog.saves == 1);
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    QLabel* nameError = label(dialog, "nameError");
    CHECK(nameError->isVisible());
    CHECK(nameError->text() == QStringLiteral("名称填写有误：必须填写人员姓名"));
    CHECK(dialog.name->property("fieldError").toBool());
    CHECK_FALSE(label(dialog, "testFormError")->isVisible()); // the error is at its field only
    // Nothing typed is lost.
    CHECK(dialog.name->text() == QStringLiteral("  "));
    CHECK(dialog.note->text() == QStringLiteral("备注"));

    // Now the save goes through: the error goes away and the dialog is accepted.
    refuse = false;
    clickOk(dialog);
    CHECK(dialog.saves == 2);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(dialog.isVisible());
    CHECK_FALSE(nameError->isVisible());
    CHECK_FALSE(dialog.name->property("fieldError").toBool());
}

TEST_CASE("an error at no field of the form is written under it", "[gui][formdialog]")
{
    int attempt = 0;
    TestForm dialog([&attempt] {
        ++attempt;
        if (attempt == 1) {
            // A field the form does not show.
            throw Error(Error::Kind::Validation, MessageId::PersonNameRequired, {}, "deadline");
        }
        if (attempt == 2) {
            throw std::runtime_error("the disk is full");
        }
    });
    dialog.show();
    dialog.note->setText(QStringLiteral("kept"));
    QLabel* general = label(dialog, "testFormError");

    clickOk(dialog);
    CHECK(dialog.isVisible());
    CHECK(general->isVisible());
    CHECK(general->text() == QStringLiteral("Not saved: Deadline is not valid: the person's name is required"));
    CHECK_FALSE(label(dialog, "nameError")->isVisible());

    clickOk(dialog);
    CHECK(dialog.isVisible());
    CHECK(general->text() == QStringLiteral("Not saved: the disk is full"));
    CHECK(dialog.note->text() == QStringLiteral("kept"));

    clickOk(dialog);
    CHECK(attempt == 3);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(general->isVisible());
}

TEST_CASE("Cancel closes the form without saving", "[gui][formdialog]")
{
    TestForm dialog([] { FAIL("saved on Cancel"); });
    dialog.show();
    QPushButton* cancel = nullptr;
    for (QPushButton* b : dialog.findChildren<QPushButton*>()) {
        if (b != dialog.okButton()) {
            cancel = b;
        }
    }
    REQUIRE(cancel != nullptr);
    QTest::mouseClick(cancel, Qt::LeftButton);
    CHECK(dialog.saves == 0);
    CHECK(dialog.result() == QDialog::Rejected);
    CHECK_FALSE(dialog.isVisible());
}

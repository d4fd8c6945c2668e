#pragma once

#include <QWidget>

#include <map>

class QDialog;
class QPushButton;
class QTabWidget;
class QTableView;

namespace safeledger {

class Database;
class TextTableModel;

// A unit's safety archive (安全档案) as tabs: inspections, hazards, agreements, accidents, penalties,
// documents, activities, persons and certificates. Records open in their own form on double-click
// (an inspection in its record, InspectionRecordDialog);
// persons (人员) and certificates (证书) are added, edited and voided here through their dialogs.
class UnitArchive final : public QWidget
{
    Q_OBJECT

public:
    explicit UnitArchive(QWidget* parent = nullptr);

    void setDatabase(Database* db);
    // Shows the archive of this unit (0: none).
    void showUnit(qint64 orgId);
    // Reads the shown unit's archive again.
    void reload();
    TextTableModel* model(const QString& name) const;

    // The forms, opened without blocking (tests find them by object name).
    QDialog* openInspection(qint64 inspectionId); // InspectionRecordDialog
    void addPerson();
    void editPerson(qint64 personId);
    void voidPerson(qint64 personId);
    void addCertificate(qint64 personId);
    void editCertificate(qint64 certificateId);
    void voidCertificate(qint64 certificateId);

signals:
    void hazardRequested(qint64 hazardId);
    void saved();
    void statusMessage(const QString& message);
    // Reading the archive failed; the message says why.
    void failed(const QString& message);

private:
    QTableView* addView(const char* name, const QStringList& headers);
    QWidget* personsTab();
    QWidget* certificatesTab();
    qint64 selectedId(const char* name) const;
    void updateButtons();
    void openRecordForm(int kind, qint64 id);
    void afterSave(const QString& message);

    Database* m_db = nullptr;
    qint64 m_orgId = 0;
    QTabWidget* m_tabs = nullptr;
    std::map<QString, TextTableModel*> m_models;
    std::map<QString, QTableView*> m_views;
    QPushButton* m_addPerson = nullptr;
    QPushButton* m_editPerson = nullptr;
    QPushButton* m_voidPerson = nullptr;
    QPushButton* m_addPersonCertificate = nullptr;
    QPushButton* m_addCertificate = nullptr;
    QPushButton* m_editCertificate = nullptr;
    QPushButton* m_voidCertificate = nullptr;
};

} // namespace safeledger

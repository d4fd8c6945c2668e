#pragma once

#include <QFrame>

class QLabel;

namespace safeledger {

// One figure of the dashboard: a title, the number in large type and a line of detail (last year,
// a breakdown). A clickable card opens the hazard list behind its number.
class FigureCard final : public QFrame
{
    Q_OBJECT

public:
    explicit FigureCard(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void setValue(const QString& value, bool alert = false);
    void setDetail(const QString& detail);
    void setClickable(bool clickable);
    bool isClickable() const { return m_clickable; }

    QString title() const;
    QString value() const;
    QString detail() const;

signals:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QLabel* m_title = nullptr;
    QLabel* m_value = nullptr;
    QLabel* m_detail = nullptr;
    bool m_clickable = false;
};

} // namespace safeledger

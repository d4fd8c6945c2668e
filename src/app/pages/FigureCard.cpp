#include "FigureCard.h"

#include "Palette.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace safeledger {

FigureCard::FigureCard(QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_value(new QLabel(this))
    , m_detail(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(2);
    m_title->setObjectName(QStringLiteral("cardTitle"));
    m_value->setObjectName(QStringLiteral("cardValue"));
    m_detail->setObjectName(QStringLiteral("cardDetail"));
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_value->setFont(big);
    m_title->setForegroundRole(QPalette::PlaceholderText);
    m_detail->setWordWrap(true);
    m_detail->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QFont small = m_detail->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_detail->setFont(small);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_detail, 1);
    setMinimumWidth(150);
}

void FigureCard::setTitle(const QString& title)
{
    m_title->setText(title);
}

void FigureCard::setValue(const QString& value, bool alert)
{
    m_value->setText(value);
    // Overdue hazards must stand out wherever they are shown.
    m_value->setStyleSheet(alert ? Palette::alertText() : QString());
}

void FigureCard::setDetail(const QString& detail)
{
    m_detail->setText(detail);
}

void FigureCard::setClickable(bool clickable)
{
    m_clickable = clickable;
    setCursor(clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
    setFocusPolicy(clickable ? Qt::StrongFocus : Qt::NoFocus);
}

QString FigureCard::title() const
{
    return m_title->text();
}

QString FigureCard::value() const
{
    return m_value->text();
}

QString FigureCard::detail() const
{
    return m_detail->text();
}

void FigureCard::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_clickable && event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        emit clicked();
        return;
    }
    QFrame::mouseReleaseEvent(event);
}

void FigureCard::keyPressEvent(QKeyEvent* event)
{
    if (m_clickable &&
        (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space)) {
        emit clicked();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace safeledger

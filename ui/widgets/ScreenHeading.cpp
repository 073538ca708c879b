#include "ScreenHeading.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::StringLiterals;

ScreenHeading::ScreenHeading(const QString& title, QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_refresh(new QToolButton(this))
{
    setObjectName(u"screenHeading"_s);
    m_title->setObjectName(u"screenTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setAccessibleName(title);
    m_refresh->setObjectName(u"refreshScreen"_s);
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Load this screen again from the server (F5)"));
    m_refresh->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_refresh->setAutoRaise(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title, 1);
    layout->addWidget(m_refresh);
    connect(m_refresh, &QToolButton::clicked, this, &ScreenHeading::refreshRequested);
    applyFont();
}

QString ScreenHeading::title() const
{
    return m_title->text();
}

void ScreenHeading::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        applyFont();
}

void ScreenHeading::applyFont()
{
    // Relative to the user's font, so that it scales with it.
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_title->setFont(font);
}

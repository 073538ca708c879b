#include "MessageLabel.h"

#include "models/StatusColors.h"

#include <QEvent>
#include <QPalette>
#include <QScopedValueRollback>

using namespace Qt::StringLiterals;

MessageLabel::MessageLabel(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    // Messages quote names users typed: never read as markup.
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void MessageLabel::showError(const QString& text)
{
    present(text, Kind::Error);
}

void MessageLabel::showSuccess(const QString& text)
{
    present(text, Kind::Success);
}

void MessageLabel::showInfo(const QString& text)
{
    present(text, Kind::Info);
}

void MessageLabel::present(const QString& text, Kind kind)
{
    m_kind = kind;
    restyle();
    setText(text);
    QLabel::show();
}

void MessageLabel::restyle()
{
    // Colours of the palette in use, so that a switch to dark keeps them readable.
    const QScopedValueRollback busy(m_restyling, true);
    setStyleSheet(m_kind == Kind::Info
                      ? QString()
                      : u"color: %1;"_s.arg(StatusColors::foreground(
                                                m_kind == Kind::Error ? StatusColors::Tone::Danger
                                                                      : StatusColors::Tone::Success)
                                                .name()));
}

void MessageLabel::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_restyling)
        restyle();
}

void MessageLabel::markField(QWidget* field, bool wrong)
{
    if (!field)
        return;
    field->setProperty("invalidInput", wrong); // for tests and accessibility tools
    // Through the palette, not a style sheet: a border rule would replace the
    // style's drawing of the whole field (a spin box lost its arrows).
    if (!wrong) {
        field->setPalette(QPalette());
        return;
    }
    QPalette palette = field->palette();
    palette.setColor(QPalette::Base, StatusColors::background(StatusColors::Tone::Danger));
    field->setPalette(palette);
}

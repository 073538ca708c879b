#include "MessageLabel.h"

#include <QPalette>

using namespace Qt::StringLiterals;

namespace {
const QString kError = u"#b3261e"_s;
const QString kSuccess = u"#1b7f3a"_s;
} // namespace

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
    setStyleSheet(u"color: "_s + kError + u';');
    setText(text);
    show();
}

void MessageLabel::showSuccess(const QString& text)
{
    setStyleSheet(u"color: "_s + kSuccess + u';');
    setText(text);
    show();
}

void MessageLabel::showInfo(const QString& text)
{
    setStyleSheet(QString());
    setText(text);
    show();
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
    const QColor base = palette.color(QPalette::Base);
    const QColor error(kError);
    const auto mix = [](int a, int b) {
        return (a * 3 + b) / 4;
    };
    palette.setColor(QPalette::Base,
                     QColor(mix(base.red(), error.red()), mix(base.green(), error.green()),
                            mix(base.blue(), error.blue())));
    field->setPalette(palette);
}

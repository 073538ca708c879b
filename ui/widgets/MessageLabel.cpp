#include "MessageLabel.h"

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
    if (field)
        field->setStyleSheet(wrong ? u"border: 1px solid "_s + kError + u';' : QString());
}

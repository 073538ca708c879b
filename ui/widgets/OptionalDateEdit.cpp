#include "OptionalDateEdit.h"

#include <QCalendarWidget>
#include <QEvent>

namespace {
const QDate kAnyDate(2000, 1, 1); // the minimum, shown as the "any" text
}

OptionalDateEdit::OptionalDateEdit(const QString& anyText, QWidget* parent)
    : QDateEdit(parent)
{
    setCalendarPopup(true);
    setMinimumDate(kAnyDate);
    setSpecialValueText(anyText);
    setDate(kAnyDate);
    calendarWidget()->installEventFilter(this);
}

QDate OptionalDateEdit::chosenDate() const
{
    return date() == kAnyDate ? QDate() : date();
}

void OptionalDateEdit::clear()
{
    setDate(kAnyDate);
}

bool OptionalDateEdit::eventFilter(QObject* watched, QEvent* event)
{
    // The popup selects the field's date as it opens; turn the page afterwards.
    if (watched == calendarWidget() && event->type() == QEvent::Show && date() == kAnyDate) {
        const QDate today = QDate::currentDate();
        calendarWidget()->setCurrentPage(today.year(), today.month());
    }
    return QDateEdit::eventFilter(watched, event);
}

#pragma once

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStringList>
#include <QStyle>
#include <QWidget>

// What does not fit on a shown screen: a label or a button narrower than its
// text, a column header cut ("estellun" for "Bestellung"), a placeholder
// longer than its field. Each finding names the widget and the text.
namespace TextFit {

inline QString describe(const QWidget* w, const QString& text)
{
    return QStringLiteral("%1 \"%2\" (%3)")
        .arg(QString::fromLatin1(w->metaObject()->className()), text, w->objectName());
}

inline QStringList problems(const QWidget* root)
{
    QStringList found;
    const auto shown = [root](const QWidget* w) {
        return w->isVisibleTo(root) && w->width() > 0;
    };
    for (const QLabel* label : root->findChildren<QLabel*>()) {
        if (!shown(label) || label->wordWrap() || label->text().isEmpty() ||
            label->textFormat() == Qt::RichText || label->text().contains(u'<'))
            continue;
        if (label->width() < label->sizeHint().width())
            found << describe(label, label->text()) + QStringLiteral(": %1 px for %2")
                                                          .arg(label->width())
                                                          .arg(label->sizeHint().width());
    }
    for (const QAbstractButton* button : root->findChildren<QAbstractButton*>()) {
        if (!shown(button) || button->text().isEmpty())
            continue;
        if (button->width() < button->sizeHint().width())
            found << describe(button, button->text()) + QStringLiteral(": %1 px for %2")
                                                            .arg(button->width())
                                                            .arg(button->sizeHint().width());
    }
    for (const QHeaderView* header : root->findChildren<QHeaderView*>()) {
        if (!shown(header) || header->orientation() != Qt::Horizontal || !header->model())
            continue;
        const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        for (int section = 0; section < header->count(); ++section) {
            if (header->isSectionHidden(section))
                continue;
            const QString text = header->model()->headerData(section, Qt::Horizontal).toString();
            const int needed = header->fontMetrics().horizontalAdvance(text) + 2 * margin;
            if (header->sectionSize(section) < needed)
                found << describe(header, text) +
                             QStringLiteral(": %1 px for %2 (minimum %3, mode %4, header %5)")
                                 .arg(header->sectionSize(section))
                                 .arg(needed)
                                 .arg(header->minimumSectionSize())
                                 .arg(int(header->sectionResizeMode(section)))
                                 .arg(header->width());
        }
    }
    for (const QLineEdit* edit : root->findChildren<QLineEdit*>()) {
        if (!shown(edit) || edit->placeholderText().isEmpty() || !edit->text().isEmpty() ||
            qobject_cast<const QAbstractSpinBox*>(edit->parentWidget()))
            continue;
        const int room = edit->width() - 12 - (edit->isClearButtonEnabled() ? 20 : 0);
        const int needed = edit->fontMetrics().horizontalAdvance(edit->placeholderText());
        if (room < needed)
            found << describe(edit, edit->placeholderText()) +
                         QStringLiteral(": %1 px for %2").arg(room).arg(needed);
    }
    return found;
}

// The main window's navigation: every entry's icon and name within the list.
inline QStringList navigationProblems(const QListWidget* list)
{
    QStringList found;
    {
        for (int row = 0; row < list->count(); ++row) {
            const QRect item = list->visualItemRect(list->item(row));
            const int needed = list->iconSize().width() + 12 +
                               list->fontMetrics().horizontalAdvance(list->item(row)->text());
            if (list->viewport()->width() < needed || item.width() < needed)
                found << describe(list, list->item(row)->text()) +
                             QStringLiteral(": %1 px for %2")
                                 .arg(list->viewport()->width())
                                 .arg(needed);
        }
    }
    return found;
}

} // namespace TextFit

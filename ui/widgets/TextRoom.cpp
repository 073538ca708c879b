#include "TextRoom.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QStyle>
#include <QTableView>

#include <algorithm>

namespace {

// The text's width plus the frame and, when there is one, the clear button.
constexpr int kFieldPadding = 14;
constexpr int kClearButton = 22;

void fitHeader(QHeaderView* header)
{
    if (!header->model())
        return;
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    int floor = header->minimumSectionSize();
    for (int section = 0; section < header->count(); ++section) {
        const QString text = header->model()->headerData(section, header->orientation()).toString();
        const int needed = header->fontMetrics().horizontalAdvance(text) + 2 * margin + 2;
        if (header->sectionResizeMode(section) == QHeaderView::Interactive) {
            if (header->sectionSize(section) < needed)
                header->resizeSection(section, needed);
        } else {
            // A stretched column shrinks with the window: never below its name.
            floor = std::max(floor, needed);
        }
    }
    header->setMinimumSectionSize(floor);
}

} // namespace

void TextRoom::make(QWidget* root)
{
    for (QTableView* view : root->findChildren<QTableView*>())
        fitHeader(view->horizontalHeader());
    for (QLineEdit* edit : root->findChildren<QLineEdit*>()) {
        if (edit->placeholderText().isEmpty())
            continue;
        const int needed = edit->fontMetrics().horizontalAdvance(edit->placeholderText()) +
                           kFieldPadding + (edit->isClearButtonEnabled() ? kClearButton : 0);
        if (edit->minimumWidth() < needed && edit->maximumWidth() >= needed)
            edit->setMinimumWidth(needed);
    }
}

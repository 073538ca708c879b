#include "CheckedDelegate.h"

#include <QAbstractItemView>
#include <QLineEdit>
#include <QTimer>

using namespace Qt::StringLiterals;

CheckedDelegate::CheckedDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
    // Escape in the editor gives up the refused text on purpose.
    connect(this, &QAbstractItemDelegate::closeEditor, this, [this](QWidget*, EndEditHint hint) {
        if (hint == RevertModelCache)
            m_refused = QPersistentModelIndex();
    });
}

QWidget* CheckedDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                       const QModelIndex&) const
{
    auto* editor = new QLineEdit(parent);
    editor->setObjectName(u"cellEditor"_s);
    editor->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    editor->setMaxLength(24);
    return editor;
}

void CheckedDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* line = static_cast<QLineEdit*>(editor);
    line->setText(index == m_refused ? m_refusedText : format(index));
    line->selectAll();
}

void CheckedDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                   const QModelIndex& index) const
{
    const QString text = static_cast<QLineEdit*>(editor)->text();
    const Parsed parsed = parse(text.trimmed());
    if (!parsed.problem.isEmpty()) {
        m_refused = index;
        m_refusedText = text;
        emit inputRefused(parsed.problem);
        // The view closes this editor after we return; open a new one on the
        // same text so that the user can correct it.
        auto* view = qobject_cast<QAbstractItemView*>(
            editor->parentWidget() ? editor->parentWidget()->parentWidget() : nullptr);
        if (view) {
            const QPersistentModelIndex cell = index;
            QTimer::singleShot(0, view, [view, cell] {
                if (!cell.isValid())
                    return;
                view->setCurrentIndex(cell);
                view->edit(cell);
            });
        }
        return;
    }
    m_refused = QPersistentModelIndex();
    model->setData(index, parsed.value, Qt::EditRole);
    emit inputAccepted();
}

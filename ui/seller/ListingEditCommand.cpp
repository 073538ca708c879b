#include "ListingEditCommand.h"

#include "models/ListingTableModel.h"

ListingEditCommand::ListingEditCommand(ListingTableModel* model, qint64 variantId, int column,
                                       QVariant before, QVariant after, const QString& text)
    : QUndoCommand(text)
    , m_model(model)
    , m_variantId(variantId)
    , m_column(column)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void ListingEditCommand::undo()
{
    if (m_model)
        m_model->restore(m_variantId, m_column, m_before);
    m_done = false;
}

void ListingEditCommand::redo()
{
    if (m_done)
        return;
    if (m_model)
        m_model->restore(m_variantId, m_column, m_after);
    m_done = true;
}

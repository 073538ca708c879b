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
    // The model says why when it cannot; the step then leaves the stack
    // rather than stand for a change that did not happen.
    if (!m_model || !m_model->restore(m_variantId, m_column, m_before))
        setObsolete(true);
    m_done = false;
}

void ListingEditCommand::redo()
{
    if (m_done)
        return;
    if (!m_model || !m_model->restore(m_variantId, m_column, m_after))
        setObsolete(true);
    m_done = true;
}

#pragma once

#include <Qt>

// Roles shared by the item models: display text and sort value are separate.
namespace ModelRoles {
constexpr int SortRole = Qt::UserRole + 1;
constexpr int IdRole = Qt::UserRole + 2;
// The largest value an editor may offer (a cart line's stock).
constexpr int MaximumRole = Qt::UserRole + 3;
// A status cell's badge tone (an int of StatusColors::Tone), for StatusBadgeDelegate.
constexpr int ToneRole = Qt::UserRole + 4;
} // namespace ModelRoles

#pragma once

#include <QIcon>
#include <QString>

// The application's own icons (resources/icons/NAME.svg), drawn in the colours
// of the current palette so they read in light and dark alike.
class ThemedIcon final {
public:
    ThemedIcon() = delete;

    // The icon called `name` ("add", "orders", …: resources/icons/README.md
    // lists them); a null icon, with a warning, for a name there is none of.
    static QIcon get(const QString& name);
};

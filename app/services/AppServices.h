#pragma once

#include "AuthService.h"
#include "CatalogAdminService.h"
#include "CatalogService.h"
#include "ImageCache.h"
#include "ListingService.h"

// The services of one database connection, handed to the screens together.
struct AppServices {
    explicit AppServices(DbWorker& worker)
        : auth(worker)
        , catalog(worker)
        , images(catalog)
        , listings(worker)
        , catalogAdmin(worker)
    {}
    AuthService auth;
    CatalogService catalog;
    ImageCache images;
    ListingService listings;
    CatalogAdminService catalogAdmin;
};

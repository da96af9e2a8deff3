from django.urls import path

from lorkit.sites import views

urlpatterns = [
    path("sites/", views.site_compare, name="site_compare"),
    path("sites/new/", views.site_new, name="site_new"),
    path("sites/import/", views.site_import, name="site_import"),
    path("sites/template.csv", views.site_template, name="site_template"),
    path("sites/offers.csv", views.site_export, name="site_export"),
    path("sites/weights/", views.site_weights, name="site_weights"),
    path("sites/<int:site_id>/", views.site_detail, name="site_detail"),
    path("sites/<int:site_id>/edit/", views.site_edit, name="site_edit"),
    path("sites/<int:site_id>/delete/", views.site_delete, name="site_delete"),
    path("sites/<int:site_id>/book/", views.site_book, name="site_book"),
]

from django.urls import include, path

from lorkit.letters import views, writer_views

urlpatterns = [
    path("", include("lorkit.letters.ledger_urls")),
    path("", include("lorkit.letters.program_urls")),
    path("", include("lorkit.letters.reminder_urls")),
    path("people/<int:person_id>/ask/", views.person_ask, name="person_ask"),
    path("letters/files/", views.packet_files, name="packet_files"),
    path(
        "letters/files/<slug:file_kind>/", views.packet_file_download, name="packet_file_download"
    ),
    path(
        "letters/files/<slug:file_kind>/delete/",
        views.packet_file_delete,
        name="packet_file_delete",
    ),
    path("letters/<int:letter_id>/", views.letter_detail, name="letter_detail"),
    path("letters/<int:letter_id>/reply/", views.letter_reply, name="letter_reply"),
    path("letters/<int:letter_id>/status/", views.letter_status, name="letter_status"),
    path("letters/<int:letter_id>/packet/", views.packet_edit, name="packet_edit"),
    path("letters/<int:letter_id>/packet/sent/", views.packet_mark_sent, name="packet_sent"),
    path("letters/<int:letter_id>/packet.pdf", views.packet_pdf, name="packet_pdf"),
    path("letters/<int:letter_id>/packet.docx", views.packet_docx, name="packet_docx"),
    path("letters/<int:letter_id>/packet.eml", views.packet_eml, name="packet_eml"),
    path("letters/<int:letter_id>/experience/", views.experience_edit, name="experience_edit"),
    path("letters/<int:letter_id>/link/", views.link_issue, name="link_issue"),
    path("letters/<int:letter_id>/link/revoke/", views.link_revoke, name="link_revoke"),
    path("w/<str:link_token>/", writer_views.writer_page, name="writer_page"),
    path("w/<str:link_token>/uploaded/", writer_views.writer_uploaded, name="writer_uploaded"),
    path("w/<str:link_token>/helper.pdf", writer_views.writer_helper_pdf, name="writer_helper_pdf"),
    path(
        "w/<str:link_token>/files/<slug:file_kind>/",
        writer_views.writer_file,
        name="writer_file",
    ),
    path("w/<str:link_token>/check/", writer_views.writer_check, name="writer_check"),
]

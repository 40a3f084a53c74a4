# Install rules and the Debian packages (CPack DEB), built with
#   cmake -DHELDER_INSTALLED=ON -DCMAKE_INSTALL_PREFIX=/usr ... && cpack -G DEB   (packaging/ci/deb-install-check.sh)
#   helder                 the kiosk, helder-forms, locales, schemas, /etc/helder/config.json,
#                          the systemd unit and the X session; libraries and fonts as Depends
#   helder-forms-starter   the model forms, checked with `helder-forms check` while the package
#                          is built: a form that does not pass fails the build
# Installing (and so cpack) builds only what it installs, not every test program first: the
# package builds name their targets (packaging/ci/deb-install-check.sh).
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)
set(HELDER_DATA_DIR "${CMAKE_INSTALL_DATADIR}/helder")
set(HELDER_DOC_DIR "${CMAKE_INSTALL_DATADIR}/doc")
# Debian 12 keeps system units in /lib/systemd/system (systemd.pc's systemdsystemunitdir).
set(HELDER_UNIT_DIR "/lib/systemd/system")

# --- helder ------------------------------------------------------------------------------------
install(TARGETS helder-kiosk helder-forms RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}" COMPONENT helder)
install(DIRECTORY locales/ DESTINATION "${HELDER_DATA_DIR}/locales" COMPONENT helder
        FILES_MATCHING PATTERN "*.json")
install(FILES forms/schema/form.schema.json forms/schema/texts.schema.json packaging/config.schema.json
        DESTINATION "${HELDER_DATA_DIR}/schema" COMPONENT helder)
install(FILES packaging/config.json DESTINATION "${CMAKE_INSTALL_FULL_SYSCONFDIR}/helder" COMPONENT helder)
# The service's own forms (local_forms_folder in the config); empty until staff add one.
install(DIRECTORY DESTINATION "${CMAKE_INSTALL_FULL_SYSCONFDIR}/helder/forms" COMPONENT helder)
install(FILES packaging/systemd/helder-kiosk.service DESTINATION "${HELDER_UNIT_DIR}" COMPONENT helder)
install(PROGRAMS packaging/systemd/helder-session DESTINATION "${CMAKE_INSTALL_LIBEXECDIR}/helder" COMPONENT helder)
install(TARGETS helder-forms-kiosk RUNTIME DESTINATION "${CMAKE_INSTALL_LIBEXECDIR}/helder" COMPONENT helder)
install(FILES packaging/systemd/50-helder-kiosk.conf DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/X11/xorg.conf.d" COMPONENT helder)
install(FILES README.md DESTINATION "${HELDER_DOC_DIR}/helder" COMPONENT helder)
install(FILES forms/README.md DESTINATION "${HELDER_DOC_DIR}/helder" RENAME forms-guide.md COMPONENT helder)

# --- helder-forms-starter ------------------------------------------------------------------------
foreach(form adreswijziging uitpas-kansentarief)
  install(DIRECTORY "forms/${form}" DESTINATION "${HELDER_DATA_DIR}/forms" COMPONENT starter
          PATTERN "make-pdf.py" EXCLUDE)
endforeach()
# Checks the forms as installed (under DESTDIR while CPack stages the package).
install(CODE "
  set(forms \"\$ENV{DESTDIR}${CMAKE_INSTALL_FULL_DATADIR}/helder/forms\")
  execute_process(COMMAND \"$<TARGET_FILE:helder-forms>\" check \"\${forms}\" RESULT_VARIABLE checked)
  if(NOT checked EQUAL 0)
    message(FATAL_ERROR \"helder-forms check found problems in the starter forms (\${forms})\")
  endif()" COMPONENT starter)

# --- Debian documentation every package carries: copyright, changelog.Debian.gz -------------------
find_program(HELDER_GZIP gzip REQUIRED)
foreach(package helder helder-forms-starter)
  set(changelog "${CMAKE_CURRENT_BINARY_DIR}/packaging/${package}/changelog.Debian")
  string(TIMESTAMP HELDER_CHANGELOG_DATE "%a, %d %b %Y %H:%M:%S +0000" UTC)
  set(HELDER_PACKAGE_NAME "${package}")
  configure_file(packaging/debian/changelog.Debian.in "${changelog}" @ONLY)
  add_custom_command(OUTPUT "${changelog}.gz"
    COMMAND "${HELDER_GZIP}" -9 -n -c "${changelog}" > "${changelog}.gz"
    DEPENDS "${changelog}" VERBATIM)
  list(APPEND HELDER_CHANGELOGS "${changelog}.gz")
  if(package STREQUAL "helder")
    set(component helder)
  else()
    set(component starter)
  endif()
  install(FILES "${changelog}.gz" packaging/debian/copyright DESTINATION "${HELDER_DOC_DIR}/${package}"
          COMPONENT ${component})
endforeach()
add_custom_target(helder_changelogs ALL DEPENDS ${HELDER_CHANGELOGS})

# --- CPack ----------------------------------------------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME helder)
set(CPACK_PACKAGE_VENDOR "Helder")
set(CPACK_PACKAGE_CONTACT "Helder maintainers <helder@example.org>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGING_INSTALL_PREFIX "${CMAKE_INSTALL_PREFIX}")
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL helder starter)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://example.org/helder")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_HELDER_PACKAGE_NAME helder)
# The first line is the synopsis (CPack would put the project's DESCRIPTION before it unless the
# summary is empty); CPack indents the rest and turns an empty line into " .".
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "")
set(CPACK_DEBIAN_HELDER_DESCRIPTION "touch-screen kiosk that helps visitors fill official forms
Helder runs in the waiting rooms of Belgian social services: a visitor chooses
a language and a form, answers one plain question per screen, and Helder
prints the official PDF filled in with a review sheet for the social worker.
Nothing personal is kept.

This package holds the kiosk (helder-kiosk), the staff command line
(helder-forms), the interface texts, a systemd unit that starts the kiosk
full screen on boot, and /etc/helder/config.json.")
set(CPACK_DEBIAN_HELDER_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, not linked: fonts through fontconfig, keyboard layouts, speech data, the
# X server and its input driver, the GL driver; adduser for the maintainer scripts.
set(CPACK_DEBIAN_HELDER_PACKAGE_DEPENDS
  "adduser, fonts-dejavu-core, fonts-noto-core, fonts-hosny-amiri, fonts-sil-abyssinica, fonts-symbola, fonts-material-design-icons-iconfont, xkb-data, espeak-ng-data, xserver-xorg-core, xserver-xorg-input-libinput, xinit, libgl1-mesa-dri, kbd, libpam-systemd")
set(CPACK_DEBIAN_HELDER_PACKAGE_RECOMMENDS "cups, xinput")
set(CPACK_DEBIAN_HELDER_PACKAGE_SUGGESTS "prometheus-node-exporter")
set(CPACK_DEBIAN_HELDER_PACKAGE_CONTROL_EXTRA
  "${PROJECT_SOURCE_DIR}/packaging/debian/conffiles;${PROJECT_SOURCE_DIR}/packaging/debian/postinst;${PROJECT_SOURCE_DIR}/packaging/debian/prerm;${PROJECT_SOURCE_DIR}/packaging/debian/postrm")
set(CPACK_DEBIAN_HELDER_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_STARTER_PACKAGE_NAME helder-forms-starter)
set(CPACK_DEBIAN_STARTER_PACKAGE_ARCHITECTURE all)
set(CPACK_DEBIAN_STARTER_PACKAGE_DEPENDS "helder (>= ${PROJECT_VERSION})")
set(CPACK_DEBIAN_STARTER_DESCRIPTION "model forms for the Helder kiosk
Two model forms (a UiTPAS reduced-rate application and an address change)
with their translations, installed in /usr/share/helder/forms. They are
examples: the printout is watermarked as a model, not an official form.")

include(CPack)

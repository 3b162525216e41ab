//! Mounts the tenderfit widget on the page's `#tenderfit` element (or the body).

fn main() {
    tenderfit::mount_default();
}

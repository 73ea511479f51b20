use careplan::app::{remove_loading_shell, App};

fn main() {
    careplan::panic_screen::install();
    remove_loading_shell();
    leptos::mount::mount_to_body(App);
}

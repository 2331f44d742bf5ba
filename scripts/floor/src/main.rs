// A bare Tauri 2 window, for comparison with kyr.
fn main() {
    tauri::Builder::default().run(tauri::generate_context!()).expect("the floor app runs");
}

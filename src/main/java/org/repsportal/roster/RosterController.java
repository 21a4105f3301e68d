package org.repsportal.roster;

import java.io.IOException;

import org.repsportal.people.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

@Controller
class RosterController {

    private final RosterImports imports;

    RosterController(RosterImports imports) {
        this.imports = imports;
    }

    @GetMapping("/admin/roster")
    String form(Actor actor, Model model) {
        imports.current(actor).ifPresent(current -> model.addAttribute("current", current));
        model.addAttribute("header", String.join(",", RosterFile.HEADER));
        return "roster/roster";
    }

    /** Checks the file (a dry run, {@code mode=check}) or starts its import ({@code mode=import}). */
    @PostMapping("/admin/roster")
    String upload(Actor actor, @RequestParam(required = false) MultipartFile file,
                  @RequestParam(defaultValue = "check") String mode, Model model) throws IOException {
        byte[] content = file == null ? new byte[0] : file.getBytes();
        if ("import".equals(mode)) {
            var started = imports.start(actor, file == null ? null : file.getOriginalFilename(), content);
            if (started.isPresent()) {
                return "redirect:/admin/roster/imports/" + started.get().id()
                        + (started.get().alreadyRunning() ? "?running" : "");
            }
        }
        model.addAttribute("check", imports.check(actor, content));
        model.addAttribute("fileName", file == null ? null : file.getOriginalFilename());
        imports.current(actor).ifPresent(current -> model.addAttribute("current", current));
        model.addAttribute("header", String.join(",", RosterFile.HEADER));
        return "roster/roster";
    }

    @GetMapping("/admin/roster/imports/{id}")
    String progressPage(Actor actor, @PathVariable long id, @RequestParam(required = false) String running, Model model) {
        model.addAttribute("job", imports.view(actor, id));
        model.addAttribute("alreadyRunning", running != null);
        return "roster/import";
    }

    /** The progress bar alone, which the page polls while the import runs. */
    @GetMapping("/admin/roster/imports/{id}/progress")
    String progress(Actor actor, @PathVariable long id, Model model) {
        model.addAttribute("job", imports.view(actor, id));
        return "roster/import :: progress";
    }
}
